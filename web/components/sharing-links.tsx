/** The settings entries for sharing (owner), the client workspace (consultant) and her account. */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { hasConsultantRole, isOwner } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { Link } from './link.js';

export function SharingLinks(): JSX.Element {
  const account = useStore(accountStore);
  return (
    <nav class="card sharing-links" aria-label={t('sharing.links.label')}>
      {hasConsultantRole(account) && (
        <Link href="/clients" class="button wide">
          {t('sharing.links.clients')}
        </Link>
      )}
      {isOwner(account) && (
        <Link href="/settings/sharing" class="button wide">
          {t('sharing.links.sharing')}
        </Link>
      )}
      <Link href="/settings/account" class="button wide">
        {t('sharing.links.account')}
      </Link>
    </nav>
  );
}
