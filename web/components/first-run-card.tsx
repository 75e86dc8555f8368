/** On home while the guided start is unfinished: where she left it, to continue. */
import type { JSX } from 'preact';
import { FIRST_RUN_STEPS } from '../../src/domain/account.js';
import { t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';
import { Link } from './link.js';

export function FirstRunCard(): JSX.Element | null {
  const prefs = useStore(prefsStore);
  const account = useStore(accountStore);
  const owner = account.households.find((h) => h.id === account.householdId)?.role === 'owner';
  if (prefs.firstRun === 'done' || !owner) return null;
  return (
    <p class="card first-run-card" data-testid="first-run-card">
      <Link href="/start" class="button wide">
        {t('home.continueSetup', { n: FIRST_RUN_STEPS.indexOf(prefs.firstRun) + 1, total: FIRST_RUN_STEPS.length })}
      </Link>
    </p>
  );
}
