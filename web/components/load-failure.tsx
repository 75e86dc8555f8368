/** A screen's data could not be loaded: why, and a button to try again. */
import type { JSX } from 'preact';
import { t } from '../i18n.js';

export function LoadFailure({ message, onRetry }: { message: string; onRetry: () => void }): JSX.Element {
  return (
    <div class="form-error" role="alert">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
