/** Home: one tap to start nursing, two to time or log a pump or a bottle, the running timers, and today at a glance. */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { dayOfLife, NAPPY_TABLE_LAST_DAY } from '../../src/domain/baby/nappy-table.js';
import { currentSide, isPaused, type Session, type Side } from '../../src/domain/session.js';
import { localDate, localDayBounds } from '../../src/domain/time.js';
import { dayTotals, lastFeed, lastNursing, type LastNursing } from '../../src/domain/today.js';
import { BabyPicker } from '../components/baby-picker.js';
import { BottleIcon, NurseIcon, PumpIcon } from '../components/icons.js';
import { Link } from '../components/link.js';
import { MassageFirst } from '../components/massage-suggest.js';
import { EmptyingCard } from '../components/insights-emptying.js';
import { FirstRunCard } from '../components/first-run-card.js';
import { lazyPart } from '../components/lazy-screen.js';
import { NappyButtons } from '../components/nappy-buttons.js';
import { PageTitle } from '../components/page-title.js';
import { PumpTimerCard } from '../components/pump-timer-card.js';
import { TimerCard } from '../components/timer-card.js';
import { TodaySummary } from '../components/today-summary.js';
import { reportError, reportUnlessOffline } from '../errors.js';
import { agoText, timeZone } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { accountStore, activeBabies, createOwnHousehold } from '../state/account.js';
import { canWrite, offersMassage } from '../state/sharing-role.js';
import { prefsStore } from '../state/prefs.js';
import { useStore } from '../state/store.js';
import { recentStore, refreshRecent } from '../state/today.js';
import { resumeTimer, runningTimers, startNursing, switchTimerSide } from '../state/timer.js';
import { useNow } from '../state/use-now.js';
import { takeNurseShortcut } from '../state/shortcuts.js';

/** The last nursing as it happened: "Last nursing: started on the left, finished on the right, 2 h 5 min ago." */
function lastNursingText(last: LastNursing | null, nowMs: number): string {
  if (!last) return t('home.startFirst');
  const ago = last.endedAt === null ? t('time.justNow') : agoText(Date.parse(last.endedAt), nowMs);
  return last.oneSide
    ? t('home.lastOneSide', { side: t(`side.${last.first}Lower`), ago })
    : t('home.lastBothSides', { first: t(`side.${last.first}Lower`), last: t(`side.${last.last}Lower`), ago });
}

const HomeBaby = lazyPart(() => import('../components/home-baby.js').then((m) => m.HomeBaby));

function useRecentSessions(householdId: string | null): void {
  useEffect(() => {
    if (!householdId) return;
    const refresh = (): void => {
      if (document.visibilityState === 'visible') refreshRecent().catch(reportUnlessOffline);
    };
    refresh();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [householdId]);
}

export function Home(): JSX.Element {
  const account = useStore(accountStore);
  const recent = useStore(recentStore);
  const prefs = useStore(prefsStore);
  const lang = useStore(languageStore);
  useRecentSessions(account.householdId);
  const writable = canWrite(account);

  const timers = runningTimers(recent.sessions);
  const running = timers.filter((s) => s.kind === 'nurse');
  const pumps = timers.filter((s) => s.kind === 'pump');
  const nowMs = useNow(timers.length > 0 ? 1000 : 20_000);
  const active = activeBabies(account.babies);
  const twins = active.length > 1;
  const forThisBaby = (s: Session): boolean => !twins || s.babyId === null || s.babyId === account.babyId;
  const visible = recent.sessions.filter((s) => s.kind === 'pump' || s.kind === 'massage' || forThisBaby(s));
  const totals = dayTotals(visible, localDayBounds(nowMs, timeZone()), nowMs);
  const last = lastFeed(visible);
  const previous = lastNursing(visible);
  const myTimer = running.find(forThisBaby) ?? null;
  const babyName = (id: string | null): string | null => (twins ? (account.babies.find((b) => b.id === id)?.name ?? null) : null);
  const birthDate = account.babies.find((b) => b.id === account.babyId)?.birthDate ?? null;
  const day = birthDate ? dayOfLife(birthDate, localDate(nowMs, timeZone())) : null;
  // The "enough milk?" card: the first four weeks (the baby screen asks for a missing birth date).
  const showCard = day !== null && day <= NAPPY_TABLE_LAST_DAY;

  const nurse = (side: Side): void => {
    if (!myTimer) {
      void startNursing(side);
    } else if (isPaused(myTimer)) {
      void resumeTimer(myTimer.id, side);
    } else if (currentSide(myTimer.segments) !== side) {
      void switchTimerSide(myTimer.id, side);
    }
  };

  // "Nurse left" from the installed app's icon: started (or switched to) once the day has loaded.
  const shortcut = useRef<Side | null>(null);
  useEffect(() => {
    shortcut.current = takeNurseShortcut();
  }, []);
  useEffect(() => {
    const side = shortcut.current;
    if (!side || !recent.loaded || !writable) return;
    shortcut.current = null;
    nurse(side);
  }, [recent.loaded, writable]);

  if (!account.householdId) {
    return (
      <section>
        <PageTitle>{t('home.title')}</PageTitle>
        <p>{t('home.noHousehold')}</p>
        <div class="button-row">
          <button type="button" class="primary" onClick={() => void createOwnHousehold(t('home.ownName')).catch(reportError)}>
            {t('home.startOwn')}
          </button>
          <Link href="/clients" class="button">
            {t('home.toClients')}
          </Link>
        </div>
      </section>
    );
  }

  const nurseButton = (side: Side): JSX.Element => (
    <button type="button" class="big-action nurse" onClick={() => nurse(side)} aria-pressed={myTimer ? currentSide(myTimer.segments) === side : undefined}>
      {!myTimer && previous?.last === side && (
        <span class="badge" aria-hidden="true">
          {t('home.lastSideBadge')}
        </span>
      )}
      <NurseIcon />
      {side === 'left' ? t('home.nurseLeft') : t('home.nurseRight')}
    </button>
  );

  return (
    <section aria-labelledby="home-title">
      <PageTitle visuallyHidden>
        <span id="home-title">{t('home.title')}</span>
      </PageTitle>
      <FirstRunCard />
      {twins && <BabyPicker babies={active} babyId={account.babyId} />}
      {writable && running.map((s) => (
        <TimerCard key={s.id} session={s} nowMs={nowMs} babyName={babyName(s.babyId)} />
      ))}
      {writable && pumps.map((s) => <PumpTimerCard key={s.id} session={s} nowMs={nowMs} />)}
      {/* Always one line here while no timer runs, so the buttons do not jump when the day loads. */}
      {!myTimer && writable && (
        <p class="hint" data-testid={previous ? 'last-nursing' : 'start-first'}>
          {lastNursingText(previous, nowMs)}
        </p>
      )}
      {writable && <h2 class="visually-hidden">{t('home.actions')}</h2>}
      {writable && <div class="actions">
        {nurseButton('left')}
        {nurseButton('right')}
        <Link href="/pump" class="button big-action">
          <PumpIcon />
          {t('home.pump')}
        </Link>
        <Link href="/bottle" class="button big-action">
          <BottleIcon />
          {t('home.bottle')}
        </Link>
      </div>}
      <NappyButtons />
      {showCard && <HomeBaby sessions={recent.sessions} nowMs={nowMs} />}
      {/* Routines are for her, not her partner (a caregiver is never told to massage). */}
      {offersMassage(account) && <MassageFirst />}
      <EmptyingCard />
      {writable && active.length === 0 && (
        <p class="muted">
          {t('home.addBaby')} <Link href="/babies">{t('home.addBabyLink')}</Link>
        </p>
      )}
      {recent.loaded && <TodaySummary totals={totals} last={last} unit={prefs.volumeUnit} lang={lang} nowMs={nowMs} />}
    </section>
  );
}
