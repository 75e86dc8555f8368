/** Turns any failure into kind, short words; a lost sign-in sends the user back to the sign-in screen. */
import { ApiError } from './api.js';
import { t } from './i18n.js';
import { signedOut } from './state/account.js';
import { notify } from './state/notice.js';

export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return t('errors.generic');
  if (e.offline) return t('errors.offline');
  switch (e.status) {
    case 401:
      return t('errors.signedOut');
    case 404:
      return t('errors.notFound');
    case 409:
      return t('errors.conflict');
    case 429:
      return t('errors.tooMany');
    default:
      return e.status >= 500 ? t('errors.generic') : e.message || t('errors.generic');
  }
}

/** Shows a failure as a notice; on 401 also returns to the sign-in screen. */
export function reportError(e: unknown): void {
  if (e instanceof ApiError && e.status === 401) signedOut();
  notify(errorText(e), 'error');
}

/** For refreshes in the background: offline is already shown by the sync line, so say nothing then. */
export function reportUnlessOffline(e: unknown): void {
  if (e instanceof ApiError && e.offline) return;
  reportError(e);
}
