/** The four places, within thumb's reach at the bottom of the screen. */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { BabyIcon, GearIcon, HomeIcon, ListIcon } from './icons.js';
import { Link } from './link.js';

const ITEMS = [
  { href: '/', key: 'nav.home', Icon: HomeIcon },
  { href: '/log', key: 'nav.log', Icon: ListIcon },
  { href: '/babies', key: 'nav.babies', Icon: BabyIcon },
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
