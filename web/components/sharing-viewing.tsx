/** While a consultant looks at a client's household: whose it is, that it is read-only, and the way back. */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { pathStore } from '../router.js';
import { accountStore } from '../state/account.js';
import { clientName } from '../state/sharing-clients.js';
import { currentRole } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { Email } from './sharing-email.js';
import { Link } from './link.js';

export function ViewingBar(): JSX.Element | null {
  const account = useStore(accountStore);
  const path = useStore(pathStore);
  if (currentRole(account) !== 'consultant' || path.startsWith('/clients') || path.startsWith('/invite/')) return null;
  const name = clientName(account.householdId);
  return (
    <div class="viewing-bar" data-testid="read-only-bar">
      <p>
        <strong>{name ? <Email text={t('sharing.viewing.title', { client: name })} /> : t('sharing.viewing.someone')}</strong> <span class="role-badge">{t('sharing.viewing.readOnly')}</span>
      </p>
      <Link href="/clients" class="button">
        {t('sharing.viewing.back')}
      </Link>
    </div>
  );
}
