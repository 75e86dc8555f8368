/** /clients — the consultant's workspace: every client who shared with her, newest activity and flags first. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type Client } from '../api.js';
import { PageTitle } from '../components/page-title.js';
import { Email } from '../components/sharing-email.js';
import { FlagBadges } from '../components/sharing-flags.js';
import { errorText, reportError } from '../errors.js';
import { timeZone, volumeText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { loadAccount, selectHousehold } from '../state/account.js';
import { prefsStore } from '../state/prefs.js';
import { rememberClient } from '../state/sharing-clients.js';
import { dayText, whenText } from '../state/sharing-format.js';
import { useStore } from '../state/store.js';
import { LoadFailure } from '../components/load-failure.js';

type Load = { state: 'loading' } | { state: 'ok'; clients: Client[] } | { state: 'error'; text: string };

/** Flagged clients first (emergency before urgent before call before falling output), then by latest activity. */
function ordered(clients: Client[]): Client[] {
  const weight = (c: Client): number =>
    Math.max(0, ...c.flags.map((f) => (f.id === 'recent-triage' ? { emergency: 4, urgent: 3, call: 2 }[f.level] : 1)));
  return [...clients].sort((a, b) => weight(b) - weight(a) || (b.lastActivityAt ?? '').localeCompare(a.lastActivityAt ?? ''));
}

export function ClientsWorkspace(): JSX.Element {
  const lang = useStore(languageStore);
  const prefs = useStore(prefsStore);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const [opening, setOpening] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.clients(timeZone()).then(
      (r) => {
        if (live) setLoad({ state: 'ok', clients: ordered(r.clients) });
      },
      (e: unknown) => {
        if (!live) return;
        reportError(e);
        setLoad({ state: 'error', text: errorText(e) });
      },
    );
    // Her memberships may have changed (a revoked share): the household list follows.
    void loadAccount();
    return () => {
      live = false;
    };
  }, [version]);

  const open = async (c: Client, to: '/log' | '/insights'): Promise<void> => {
    setOpening(c.householdId);
    try {
      rememberClient(c.householdId, c.ownerEmail);
      await selectHousehold(c.householdId);
      navigate(to);
    } catch (e) {
      reportError(e);
      setVersion((v) => v + 1);
    } finally {
      setOpening(null);
    }
  };

  const nowMs = Date.now();
  const vol = (ml: number): string => volumeText(ml, prefs.volumeUnit, lang);

  return (
    <section class="clients-screen">
      <PageTitle>{t('sharing.clients.title')}</PageTitle>
      <p class="muted">{t('sharing.clients.intro')}</p>
      {load.state === 'loading' && <p class="muted">{t('app.loading')}</p>}
      {load.state === 'error' && <LoadFailure message={load.text} onRetry={() => setVersion((v) => v + 1)} />}
      {load.state === 'ok' && load.clients.length === 0 && <p class="card">{t('sharing.clients.empty')}</p>}
      {load.state === 'ok' && load.clients.length > 0 && (
        <table class="clients-table" data-testid="clients">
          <caption class="visually-hidden">{t('sharing.clients.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sharing.clients.client')}</th>
              <th scope="col">{t('sharing.clients.lastActivity')}</th>
              <th scope="col">{t('sharing.clients.today')}</th>
              <th scope="col">{t('sharing.clients.week')}</th>
              <th scope="col">{t('sharing.clients.flags')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('sharing.clients.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {load.clients.map((c) => (
              <tr key={c.householdId} data-testid="client">
                <th scope="row" class="client-name">
                  <span>
                    <Email text={c.ownerEmail} />
                  </span>
                  <span class="muted client-owner">{c.householdName}</span>
                  {c.accessExpiresAt && <span class="muted client-owner">{t('sharing.members.until', { date: dayText(c.accessExpiresAt, lang) })}</span>}
                </th>
                <td data-label={t('sharing.clients.lastActivity')}>{c.lastActivityAt ? whenText(c.lastActivityAt, lang, nowMs) : t('sharing.clients.never')}</td>
                <td data-label={t('sharing.clients.today')}>
                  <span>
                    {vol(c.todayPumpedMl)}
                    <span class="muted"> · {t('sharing.clients.feeds', { count: c.todayFeeds })}</span>
                  </span>
                </td>
                <td data-label={t('sharing.clients.week')}>{vol(c.last7DaysPumpedMl)}</td>
                <td data-label={t('sharing.clients.flags')} class="client-flags">
                  <FlagBadges flags={c.flags} lang={lang} nowMs={nowMs} />
                </td>
                <td class="client-actions">
                  <button
                    type="button"
                    class="primary"
                    disabled={opening !== null}
                    aria-label={t('sharing.clients.openLogFor', { email: c.ownerEmail })}
                    onClick={() => void open(c, '/log')}
                  >
                    {t('sharing.clients.openLog')}
                  </button>
                  <button
                    type="button"
                    disabled={opening !== null}
                    aria-label={t('sharing.clients.openInsightsFor', { email: c.ownerEmail })}
                    onClick={() => void open(c, '/insights')}
                  >
                    {t('sharing.clients.openInsights')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
