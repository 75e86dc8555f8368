/** The log, newest first and grouped by day, a page at a time. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../src/domain/session.js';
import { ApiError } from '../api.js';
import { EntryItem } from '../components/entry-item.js';
import { PageTitle } from '../components/page-title.js';
import { errorText, reportError } from '../errors.js';
import { dayHeading } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';
import { useNow } from '../state/use-now.js';
import { LoadFailure } from '../components/load-failure.js';
import { Link } from '../components/link.js';
import { canWrite, readerContext } from '../state/sharing-role.js';
import { inLoadedRange, loadLogPage, logStore, openLog } from '../state/log-copy.js';
import { overlaySessions, pendingSessionIds } from '../sync/outbox-logic.js';
import { syncStore } from '../sync/sync-store.js';

/** "+": log a feed, a pump or a bottle that already happened. */
function AddEntry(): JSX.Element {
  return (
    <details class="log-add">
      <summary aria-label={t('log.add')}>
        <span aria-hidden="true">+</span>
      </summary>
      <ul class="log-add-menu">
        <li>
          <Link href="/nurse" class="button wide">
            {t('log.addNurse')}
          </Link>
        </li>
        <li>
          <Link href="/pump" class="button wide">
            {t('log.addPump')}
          </Link>
        </li>
        <li>
          <Link href="/bottle" class="button wide">
            {t('log.addBottle')}
          </Link>
        </li>
      </ul>
    </details>
  );
}

export function LogList(): JSX.Element {
  const account = useStore(accountStore);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  const copy = useStore(logStore);
  const sync = useStore(syncStore);
  const nowMs = useNow(30_000);
  const hid = account.householdId;
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = async (cursor: string | null): Promise<void> => {
    if (!hid) return;
    setLoading(true);
    setError(null);
    try {
      await loadLogPage(hid, cursor);
    } catch (e) {
      // Offline with a kept copy: the copy is shown and the bar says offline; no need to shout.
      if (!(e instanceof ApiError && e.offline && logStore.get().loaded)) {
        reportError(e);
        setError(errorText(e));
      }
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (!hid) return;
    void openLog(hid).then(() => load(null));
  }, [hid]);

  const state = { ...copy, loading, error };
  const sessions = hid && copy.hid === hid ? overlaySessions(copy.sessions, sync.pending, hid, (s) => inLoadedRange(s, copy)) : [];

  // Each entry still in the outbox says so, one by one (the line at the top only counts them).
  const waiting = pendingSessionIds(sync.pending);
  const twins = account.babies.length > 1;
  const babyName = (id: string | null): string | null => (twins ? (account.babies.find((b) => b.id === id)?.name ?? null) : null);

  const groups: { heading: string; sessions: Session[] }[] = [];
  for (const s of sessions) {
    const heading = dayHeading(s.startedAt, lang, nowMs);
    const g = groups[groups.length - 1];
    if (g && g.heading === heading) g.sessions.push(s);
    else groups.push({ heading, sessions: [s] });
  }

  return (
    <section aria-busy={state.loading ? 'true' : undefined}>
      <div class="log-head">
        <PageTitle>{t('log.title')}</PageTitle>
        {canWrite(account) && <AddEntry />}
      </div>
      {state.error && <LoadFailure message={state.error} onRetry={() => void load(state.cursor)} />}
      {state.loaded && sessions.length === 0 && <p class="muted">{t('log.empty', { context: readerContext(account) })}</p>}
      {!state.loaded && state.loading && <p class="muted">{t('app.loading')}</p>}
      {groups.map((g) => (
        <section key={g.heading} aria-label={g.heading}>
          <h2 class="day-heading">{g.heading}</h2>
          <ul class="entries">
            {g.sessions.map((s) => (
              <li key={s.id}>
                <EntryItem session={s} unit={prefs.volumeUnit} lang={lang} nowMs={nowMs} babyName={babyName(s.babyId)} waiting={waiting.has(s.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {state.cursor && (
        <button type="button" class="wide" disabled={state.loading} onClick={() => void load(state.cursor)}>
          {state.loading ? t('app.loading') : t('log.loadMore')}
        </button>
      )}
    </section>
  );
}
