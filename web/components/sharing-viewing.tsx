/** While a consultant looks at a client's household: whose it is, that it is read-only, and the way back. */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { currentRole } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { Link } from './link.js';

export function ViewingBar(): JSX.Element | null {
  const account = useStore(accountStore);
  if (currentRole(account) !== 'consultant') return null;
  const name = account.households.find((h) => h.id === account.householdId)?.name ?? '';
  return (
    <div class="viewing-bar" data-testid="read-only-bar">
      <p>
        <strong>{t('sharing.viewing.title', { household: name })}</strong> <span class="role-badge">{t('sharing.viewing.readOnly')}</span>
      </p>
      <Link href="/clients" class="button">
        {t('sharing.viewing.back')}
      </Link>
    </div>
  );
}
