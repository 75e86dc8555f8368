/**
 * The five places, within thumb's reach at the bottom of the screen (Babies is reached from Settings).
 * Someone who only consults gets her clients, the massage library and settings.
 */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { CheckIcon, GearIcon, HomeIcon, ListIcon, MassageIcon } from './icons.js';
import { Link } from './link.js';

const CONSULTANT_ITEMS = [
  { href: '/clients', key: 'nav.clients', Icon: ListIcon },
  { href: '/massage', key: 'nav.massage', Icon: MassageIcon },
  { href: '/settings', key: 'nav.settings', Icon: GearIcon },
] as const;

const ITEMS = [
  { href: '/', key: 'nav.home', Icon: HomeIcon },
  { href: '/log', key: 'nav.log', Icon: ListIcon },
  { href: '/massage', key: 'nav.massage', Icon: MassageIcon },
  { href: '/check', key: 'nav.check', Icon: CheckIcon },
  { href: '/settings', key: 'nav.settings', Icon: GearIcon },
] as const;

export function BottomNav({ path: pathWithQuery, consultantOnly = false }: { path: string; consultantOnly?: boolean }): JSX.Element {
  const path = pathWithQuery.split('?')[0] ?? '/';
  const active = (href: string): boolean =>
    href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`) || (consultantOnly && href === '/clients' && path === '/');
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {(consultantOnly ? CONSULTANT_ITEMS : ITEMS).map(({ href, key, Icon }) => (
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
