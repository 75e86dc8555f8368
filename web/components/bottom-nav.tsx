/** The five places, within thumb's reach at the bottom of the screen (Babies is reached from Settings). */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { CheckIcon, GearIcon, HomeIcon, ListIcon, MassageIcon } from './icons.js';
import { Link } from './link.js';

const ITEMS = [
  { href: '/', key: 'nav.home', Icon: HomeIcon },
  { href: '/log', key: 'nav.log', Icon: ListIcon },
  { href: '/massage', key: 'nav.massage', Icon: MassageIcon },
  { href: '/check', key: 'nav.check', Icon: CheckIcon },
  { href: '/settings', key: 'nav.settings', Icon: GearIcon },
] as const;

export function BottomNav({ path }: { path: string }): JSX.Element {
  const active = (href: string): boolean => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map(({ href, key, Icon }) => (
          <li key={href}>
            <Link href={href} aria-current={active(href) ? 'page' : undefined}>
              <Icon />
              <span>{t(key)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
