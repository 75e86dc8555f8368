/** An email address that wraps after its "@" on a narrow screen rather than mid-word. */
import type { JSX } from 'preact';

export function Email({ text }: { text: string }): JSX.Element {
  const at = text.indexOf('@');
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at + 1)}
      <wbr />
      {text.slice(at + 1)}
    </>
  );
}
