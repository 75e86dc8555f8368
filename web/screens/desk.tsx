/**
 * The consultant's desk: her clients (household, babies and ages, last entry, flags) and, beside
 * them from 1024 px, the client she opened: what needs a look, the baby's side, her own notes and
 * care plan, and the client's log, insights and report, each at its own address (a real link: a
 * new tab, back and forward work). Written for her: "your client pumped…". Read-only: nothing here
 * starts a check or suggests a routine.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { babyAge } from '../../src/domain/baby/age.js';
import { localDate } from '../../src/domain/time.js';
import type { Client } from '../api.js';
import { CareNotes } from '../components/care-notes.js';
import { EnoughMilkCard } from '../components/enough-milk-card.js';
import { GrowthView } from '../components/growth-view.js';
import { feedStartsOf } from '../components/home-baby.js';
import { lazyScreen } from '../components/lazy-screen.js';
import { Link } from '../components/link.js';
import { LoadFailure } from '../components/load-failure.js';
import { PageTitle } from '../components/page-title.js';
import { Email } from '../components/sharing-email.js';
import { FlagBadges } from '../components/sharing-flags.js';
import { errorText, reportError, reportUnlessOffline } from '../errors.js';
import { timeZone, volumeText } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { accountStore, createOwnHousehold, selectHousehold } from '../state/account.js';
import { babyRecordsStore, refreshBabyRecords } from '../state/baby-records.js';
import { clientsStore, refreshClients } from '../state/desk.js';
import { prefsStore } from '../state/prefs.js';
import { rememberClient } from '../state/sharing-clients.js';
import { dayText, whenText } from '../state/sharing-format.js';
import { useStore } from '../state/store.js';
import { recentStore, refreshRecent } from '../state/today.js';
import { useNow } from '../state/use-now.js';
import '../styles/desk.css';

const LogList = lazyScreen(() => import('./log-list.js').then((m) => m.LogList));
const InsightsOverview = lazyScreen(() => import('./insights-overview.js').then((m) => m.InsightsOverview));
const Report = lazyScreen<{ hid: string }>(() => import('./report.js').then((m) => m.Report));

export type DeskTab = 'overview' | 'log' | 'insights' | 'report';

function ageText(birthDate: string | null, nowMs: number): string | null {
  if (!birthDate) return null;
  const age = babyAge(birthDate, localDate(nowMs, timeZone()));
  return age ? t(`desk.age.${age.unit}`, { count: age.n }) : null;
}

function babiesText(c: Client, nowMs: number): string {
  return c.babies.map((b) => [b.name, ageText(b.birthDate, nowMs)].filter(Boolean).join(', ')).join(' · ');
}

function ClientItem({ c, current, lang, nowMs }: { c: Client; current: boolean; lang: string; nowMs: number }): JSX.Element {
  const prefs = useStore(prefsStore);
  return (
    <li class={current ? 'desk-client current' : 'desk-client'} data-testid="client">
      <Link href={`/clients/${c.householdId}`} class="desk-client-link" aria-current={current ? 'page' : undefined}>
        <span class="desk-client-name">{c.householdName}</span>
        <span class="muted">
          <Email text={c.ownerEmail} />
        </span>
        {c.babies.length > 0 && <span>{babiesText(c, nowMs)}</span>}
        <span class="muted">
          {c.lastActivityAt ? t('desk.list.lastEntry', { when: whenText(c.lastActivityAt, lang, nowMs) }) : t('sharing.clients.never')}
          {' · '}
          {t('desk.list.today', { volume: volumeText(c.todayPumpedMl, prefs.volumeUnit, lang), count: c.todayFeeds })}
        </span>
      </Link>
      <FlagBadges flags={c.flags} lang={lang} nowMs={nowMs} />
    </li>
  );
}

function ClientList({ hid, lang, nowMs, titleLevel }: { hid: string | null; lang: string; nowMs: number; titleLevel: 1 | 2 }): JSX.Element {
  const clients = useStore(clientsStore);
  const account = useStore(accountStore);
  const ownHousehold = account.households.some((h) => h.role !== 'consultant');
  const [starting, setStarting] = useState(false);
  const title = t('sharing.clients.title');
  return (
    <section class="desk-list" aria-labelledby="desk-list-title">
      {titleLevel === 1 ? (
        <PageTitle>
          <span id="desk-list-title">{title}</span>
        </PageTitle>
      ) : (
        <h2 id="desk-list-title">{title}</h2>
      )}
      {clients.state === 'loading' && <p class="muted">{t('app.loading')}</p>}
      {clients.state === 'error' && <LoadFailure message={errorText(clients.error)} onRetry={() => void refreshClients().catch(() => undefined)} />}
      {clients.state === 'ok' && clients.clients.length === 0 && <p class="card">{t('sharing.clients.empty')}</p>}
      {clients.state === 'ok' && clients.clients.length > 0 && (
        <ul class="desk-clients" data-testid="clients">
          {clients.clients.map((c) => (
            <ClientItem key={c.householdId} c={c} current={c.householdId === hid} lang={lang} nowMs={nowMs} />
          ))}
        </ul>
      )}
      {!ownHousehold && (
        <p class="muted desk-own">
          {t('desk.list.noOwn')}{' '}
          <button
            type="button"
            class="link"
            disabled={starting}
            onClick={() => {
              setStarting(true);
              void createOwnHousehold(t('desk.list.ownName'))
                .then(() => navigate('/'))
                .catch(reportError)
                .finally(() => setStarting(false));
            }}
          >
            {t('desk.list.startOwn')}
          </button>
        </p>
      )}
    </section>
  );
}

function Overview({ c, lang, nowMs }: { c: Client; lang: string; nowMs: number }): JSX.Element {
  const account = useStore(accountStore);
  const records = useStore(babyRecordsStore);
  const recent = useStore(recentStore);
  const prefs = useStore(prefsStore);
  const ready = account.householdId === c.householdId;
  useEffect(() => {
    if (!ready) return;
    refreshBabyRecords().catch(reportUnlessOffline);
    refreshRecent().catch(reportUnlessOffline);
  }, [ready, c.householdId]);
  const vol = (ml: number): string => volumeText(ml, prefs.volumeUnit, lang);
  return (
    <>
      <PageTitle>{c.householdName}</PageTitle>
      <p class="muted">
        <Email text={c.ownerEmail} />
        {c.accessExpiresAt && ` · ${t('sharing.members.until', { date: dayText(c.accessExpiresAt, lang) })}`}
      </p>
      {c.babies.length > 0 && (
        <ul class="desk-babies">
          {c.babies.map((b) => (
            <li key={b.id}>
              <strong>{b.name}</strong>
              {b.birthDate && ` · ${t('desk.overview.born', { age: ageText(b.birthDate, nowMs), date: dayText(`${b.birthDate}T12:00:00Z`, lang) })}`}
            </li>
          ))}
        </ul>
      )}
      <section class="card" aria-labelledby="desk-look">
        <h2 id="desk-look">{t('desk.overview.lookTitle')}</h2>
        <FlagBadges flags={c.flags} lang={lang} nowMs={nowMs} />
        <p>
          {t('desk.overview.pumped', { week: vol(c.last7DaysPumpedMl), today: vol(c.todayPumpedMl), count: c.todayFeeds })}{' '}
          {c.lastActivityAt ? t('desk.overview.lastEntry', { when: whenText(c.lastActivityAt, lang, nowMs) }) : t('sharing.clients.never')}
        </p>
      </section>
      {ready &&
        records.loaded &&
        account.babies.map((b) => {
          const weights = records.weights.filter((w) => w.babyId === b.id);
          return (
            <div key={b.id}>
              <EnoughMilkCard
                baby={b}
                nappies={records.nappies.filter((n) => n.babyId === b.id)}
                weights={weights}
                feedStarts={feedStartsOf(recent.sessions, b.id, account.babies.length === 1)}
                nowMs={nowMs}
                lang={lang as 'en' | 'es'}
                audience="consultant"
                loggingSince={records.loggingSince}
              />
              {weights.length > 0 && (
                <section aria-labelledby={`growth-${b.id}`}>
                  <h2 id={`growth-${b.id}`} class="section-title">
                    {t('desk.overview.growth', { name: b.name })}
                  </h2>
                  <GrowthView weights={weights} birthDate={b.birthDate} unit={prefs.weightUnit} lang={lang} />
                </section>
              )}
            </div>
          );
        })}
      <section aria-labelledby="desk-notes">
        <h2 id="desk-notes" class="section-title">
          {t('desk.overview.notes')}
        </h2>
        {ready && records.loaded ? <CareNotes notes={records.careNotes} lang={lang} author={account.user?.id ?? null} /> : <p class="muted">{t('app.loading')}</p>}
      </section>
    </>
  );
}

function Tabs({ c, tab }: { c: Client; tab: DeskTab }): JSX.Element {
  const base = `/clients/${c.householdId}`;
  const items: { tab: DeskTab; href: string; label: string; aria?: string }[] = [
    { tab: 'overview', href: base, label: t('desk.tabs.overview') },
    { tab: 'log', href: `${base}/log`, label: t('desk.tabs.log'), aria: t('sharing.clients.openLogFor', { email: c.ownerEmail }) },
    { tab: 'insights', href: `${base}/insights`, label: t('desk.tabs.insights'), aria: t('sharing.clients.openInsightsFor', { email: c.ownerEmail }) },
    { tab: 'report', href: `${base}/report`, label: t('desk.tabs.report') },
  ];
  return (
    <nav class="desk-tabs" aria-label={t('desk.tabs.label', { client: c.householdName })}>
      <Link href="/clients" class="desk-back">
        {t('sharing.viewing.back')}
      </Link>
      <ul>
        {items.map((i) => (
          <li key={i.tab}>
            <Link href={i.href} aria-current={i.tab === tab ? 'page' : undefined} aria-label={i.aria}>
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Desk({ hid, tab = 'overview' }: { hid: string | null; tab?: DeskTab }): JSX.Element {
  const clients = useStore(clientsStore);
  const account = useStore(accountStore);
  const lang = useStore(languageStore);
  const nowMs = useNow(60_000);
  const client = hid && clients.state === 'ok' ? (clients.clients.find((c) => c.householdId === hid) ?? null) : null;

  useEffect(() => {
    refreshClients().catch(reportUnlessOffline);
  }, []);

  // Opening a client makes her household the one in use, so the log, insights and baby screens show it.
  useEffect(() => {
    if (!client || account.householdId === client.householdId) return;
    rememberClient(client.householdId, client.ownerEmail);
    selectHousehold(client.householdId).catch(reportError);
  }, [client?.householdId, account.householdId]);

  const ready = client !== null && account.householdId === client.householdId;
  return (
    <div class={hid ? 'desk has-client' : 'desk'}>
      <ClientList hid={hid} lang={lang} nowMs={nowMs} titleLevel={hid ? 2 : 1} />
      <div class="desk-detail">
        {!hid && <p class="muted desk-pick">{t('desk.pick')}</p>}
        {hid && clients.state === 'ok' && !client && (
          <div class="card" role="alert">
            <PageTitle>{t('desk.gone.title')}</PageTitle>
            <p>{t('desk.gone.text')}</p>
            <Link href="/clients">{t('sharing.viewing.back')}</Link>
          </div>
        )}
        {client && (
          <>
            <Tabs c={client} tab={tab} />
            {tab === 'overview' && <Overview c={client} lang={lang} nowMs={nowMs} />}
            {tab === 'log' && ready && <LogList />}
            {tab === 'insights' && ready && <InsightsOverview />}
            {tab === 'report' && ready && <Report hid={client.householdId} />}
          </>
        )}
      </div>
    </div>
  );
}
