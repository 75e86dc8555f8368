/**
 * A small, calm line under the header while anything is not in step with the server: offline,
 * changes waiting to be sent, or a change that needs her choice. Nothing shows when all is sent.
 */
import type { JSX } from 'preact';
import { t } from '../i18n.js';
import { pathStore } from '../router.js';
import { useStore } from '../state/store.js';
import { useNow } from '../state/use-now.js';
import { syncStore } from '../sync/sync-store.js';
import { Link } from './link.js';

const SLOW_MS = 1500;

export function SyncStatus(): JSX.Element | null {
  const sync = useStore(syncStore);
  const path = useStore(pathStore);
  const waiting = sync.pending.length;
  const nowMs = useNow(waiting > 0 ? 500 : 60_000);
  const held = sync.held.length;
  let text: string | null = null;
  if (!sync.online) text = waiting > 0 ? t('sync.offlineWaiting', { count: waiting }) : t('sync.offline');
  else if (sync.paused && waiting > 0) text = t('sync.signInToSend', { count: waiting });
  // A send just made is not worth a line (it would flash on every tap); a retry or a slow one is.
  else if (sync.pending.some((p) => p.attempts > 0 || nowMs - p.queuedAt > SLOW_MS)) text = t('sync.sending', { count: waiting });
  return (
    <div class="sync-status" role="status" aria-live="polite" data-testid="sync-status" data-pending={waiting} data-held={held}>
      {text && (
        <p class={sync.online ? 'sync-line' : 'sync-line offline'}>
          <span class="sync-dot" aria-hidden="true" />
          {text}
        </p>
      )}
      {held > 0 && path !== '/conflicts' && (
        <p class="sync-line held">
          <span>{t('sync.held', { count: held })}</span>
          <Link href="/conflicts" class="button">
            {t('sync.review')}
          </Link>
        </p>
      )}
    </div>
  );
}
