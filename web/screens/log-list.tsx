/** The log, newest first and grouped by day, a page at a time. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../src/domain/session.js';
import { api } from '../api.js';
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

const PAGE = 30;

interface ListState {
  sessions: Session[];
  cursor: string | null;
  loading: boolean;
  error: string | null;
  loaded: boolean;
}

export function LogList(): JSX.Element {
  const account = useStore(accountStore);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  const nowMs = useNow(30_000);
  const hid = account.householdId;
  const [state, setState] = useState<ListState>({ sessions: [], cursor: null, loading: true, error: null, loaded: false });

  const load = async (cursor: string | null): Promise<void> => {
    if (!hid) return;
    setState((s) => ({ ...s, loading: true, error: null }));
    try {
      const page = await api.sessions(hid, { limit: PAGE, ...(cursor ? { cursor } : {}) });
      setState((s) => ({
        sessions: cursor ? [...s.sessions, ...page.sessions.filter((x) => !s.sessions.some((y) => y.id === x.id))] : page.sessions,
        cursor: page.nextCursor,
        loading: false,
        error: null,
        loaded: true,
      }));
    } catch (e) {
      reportError(e);
      setState((s) => ({ ...s, loading: false, error: errorText(e) }));
    }
  };

  useEffect(() => {
    void load(null);
  }, [hid]);

  const twins = account.babies.length > 1;
  const babyName = (id: string | null): string | null => (twins ? (account.babies.find((b) => b.id === id)?.name ?? null) : null);

  const groups: { heading: string; sessions: Session[] }[] = [];
  for (const s of state.sessions) {
    const heading = dayHeading(s.startedAt, lang, nowMs);
    const g = groups[groups.length - 1];
    if (g && g.heading === heading) g.sessions.push(s);
    else groups.push({ heading, sessions: [s] });
  }

  return (
    <section aria-busy={state.loading ? 'true' : undefined}>
      <PageTitle>{t('log.title')}</PageTitle>
      {state.error && <LoadFailure message={state.error} onRetry={() => void load(state.cursor)} />}
      {state.loaded && state.sessions.length === 0 && <p class="muted">{t('log.empty')}</p>}
      {!state.loaded && state.loading && <p class="muted">{t('app.loading')}</p>}
      {groups.map((g) => (
        <section key={g.heading} aria-label={g.heading}>
          <h2 class="day-heading">{g.heading}</h2>
          <ul class="entries">
            {g.sessions.map((s) => (
              <li key={s.id}>
                <EntryItem session={s} unit={prefs.volumeUnit} lang={lang} nowMs={nowMs} babyName={babyName(s.babyId)} />
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
