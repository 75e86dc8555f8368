/** An in-app link: a real <a href> (open in new tab works) that navigates without a reload. */
import type { ComponentChildren, JSX } from 'preact';
import { navigate } from '../router.js';

interface Props extends Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  href: string;
  children: ComponentChildren;
}

export function Link({ href, children, ...rest }: Props): JSX.Element {
  const onClick = (e: MouseEvent): void => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
