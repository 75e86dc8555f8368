/** A screen's <h1>. It takes focus when the screen opens after a navigation, so screen readers announce it. */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let firstScreen = true;

export function PageTitle({ children, visuallyHidden = false }: { children: ComponentChildren; visuallyHidden?: boolean }): JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreen) firstScreen = false;
    else ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} class={visuallyHidden ? 'visually-hidden' : undefined}>
      {children}
    </h1>
  );
}
