/**
 * A slim bar on every screen but home while a timer runs (nursing or pumping, whichever it is):
 * what runs, on which side, and for how long. One tap goes back to its controls on home.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { isPumpPaused, pumpingNow, pumpingSeconds } from '../../src/domain/pump-timer.js';
import { currentSide, isPaused, sideSeconds, type Session } from '../../src/domain/session.js';
import { reportUnlessOffline } from '../errors.js';
import { formatClock } from '../format.js';
import { t } from '../i18n.js';
import { accountStore } from '../state/account.js';
import { canWrite } from '../state/sharing-role.js';
import { useStore } from '../state/store.js';
import { runningTimers } from '../state/timer.js';
import { recentStore, refreshRecent } from '../state/today.js';
import { useNow } from '../state/use-now.js';
import { Link } from './link.js';

function describe(s: Session, nowMs: number): { what: string; state: string; seconds: number } {
  if (s.kind === 'pump') {
    const now = pumpingNow(s.segments);
    const seconds = s.segments.length > 0 ? pumpingSeconds(s.segments, nowMs) : Math.max(0, (nowMs - Date.parse(s.startedAt)) / 1000);
    return { what: t('pumpTimer.title'), state: isPumpPaused(s) || !now ? t('timer.paused') : t(`pumpTimer.now.${now}`), seconds };
  }
  const secs = sideSeconds(s.segments, nowMs);
  const side = currentSide(s.segments);
  return { what: t('timer.title'), state: isPaused(s) || !side ? t('timer.paused') : t(`side.${side}`), seconds: secs.left + secs.right };
}

export function TimerBar(): JSX.Element | null {
  const account = useStore(accountStore);
  const recent = useStore(recentStore);
  const timers = account.householdId && canWrite(account) ? runningTimers(recent.sessions) : [];
  const nowMs = useNow(timers.length > 0 ? 1000 : 60_000);

  // Opened on another screen than home: the recent sessions (and so a running timer) are read here.
  useEffect(() => {
    if (account.householdId && !recent.loaded) refreshRecent().catch(reportUnlessOffline);
  }, [account.householdId, recent.loaded]);

  if (timers.length === 0) return null;
  return (
    <div class="timer-bar" data-testid="timer-bar">
      {timers.map((s) => {
        const d = describe(s, nowMs);
        return (
          <Link key={s.id} href="/" class="timer-bar-link" aria-label={t('timerBar.label', { what: d.what, state: d.state, time: formatClock(d.seconds) })}>
            <span class="timer-bar-dot" aria-hidden="true" />
            <span class="timer-bar-what">{d.what}</span>
            <span class="timer-bar-state">{d.state}</span>
            <span class="timer-bar-time">{formatClock(d.seconds)}</span>
          </Link>
        );
      })}
    </div>
  );
}
