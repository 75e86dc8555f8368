/**
 * Turns any failure into kind, short words in her language; a lost sign-in sends the user back to
 * the sign-in screen. The server's stable codes (src/domain/error-codes.ts) each have a sentence
 * (`errors.code.*` in the shell's catalogue, `fieldErrors.*` in the screens'); its English message
 * is never shown.
 */
import { ApiError, HOUSEHOLD_REFUSED } from './api.js';
import { hasText, t } from './i18n.js';
export { fieldErrors, fieldText } from './field-errors.js';
import { signedOut } from './state/account.js';
import { notify } from './state/notice.js';

function byStatus(status: number): string {
  switch (status) {
    case 401:
      return t('errors.signedOut');
    case 404:
      return t('errors.notFound');
    case 409:
      return t('errors.conflict');
    case 429:
      return t('errors.tooMany');
    case 400:
      return t('errors.fixFields');
    default:
      return t('errors.generic');
  }
}

export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return t('errors.generic');
  if (e.offline) return t('errors.offline');
  const key = `errors.code.${e.code}`;
  return hasText(key) ? t(key) : byStatus(e.status);
}

/** Shows a failure as a notice; on 401 also returns to the sign-in screen. */
export function reportError(e: unknown): void {
  if (e instanceof ApiError && e.status === 401) signedOut();
  // A household refused as not hers: the account state reads her households again, opens one she
  // has, and says so itself, once, when it is true (web/state/account.ts).
  if (e instanceof ApiError && e.code === HOUSEHOLD_REFUSED) return;
  notify(errorText(e), 'error');
}

/**
 * For a failure already shown in place (a load-failure box, a form's message): one message is
 * enough, so only a lost sign-in is acted on (back to the sign-in screen).
 */
export function reportIfSignedOut(e: unknown): void {
  if (e instanceof ApiError && e.status === 401) signedOut();
}

/** For refreshes in the background: offline is already shown by the sync line, so say nothing then. */
export function reportUnlessOffline(e: unknown): void {
  if (e instanceof ApiError && e.offline) return;
  reportError(e);
}
