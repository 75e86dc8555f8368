/**
 * A running (or paused) pump timer: time pumping in total and on each side, what is being pumped
 * (both breasts, or one), and Pause / Finish. Finishing pauses the timer and opens the pump to give
 * the volumes (a finished pump needs one); hands-on pumping shows a way back to its steps.
 */
import type { JSX } from 'preact';
import { isPumpPaused, lastPumped, pumpingNow, pumpingSeconds, PUMP_SIDES, type PumpSides } from '../../src/domain/pump-timer.js';
import { sideSeconds, SIDES, type Session } from '../../src/domain/session.js';
import { formatClock } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { pausePumpTimer, resumePumpTimer, setPumpTimerSides } from '../state/timer.js';
import { Link } from './link.js';

interface Props {
  session: Session;
  nowMs: number;
}

export function PumpTimerCard({ session, nowMs }: Props): JSX.Element {
  const secs = sideSeconds(session.segments, nowMs);
  const total = session.segments.length > 0 ? pumpingSeconds(session.segments, nowMs) : Math.max(0, (nowMs - Date.parse(session.startedAt)) / 1000);
  const paused = isPumpPaused(session);
  const now = pumpingNow(session.segments);
  const shown: PumpSides = now ?? lastPumped(session.segments) ?? 'both';
  const titleId = `pump-${session.id}`;
  const handsOn = session.massage?.routineId === 'hands-on-pumping' && session.massage.timing === 'during';

  const finish = (): void => {
    if (!paused) void pausePumpTimer(session.id);
    navigate(`/log/${session.id}`);
  };

  return (
    <section class="card timer-card pump-timer" aria-labelledby={titleId} data-testid="pump-timer">
      <div class="timer-head">
        <h2 id={titleId}>{handsOn ? t('pumpTimer.titleHandsOn') : t('pumpTimer.title')}</h2>
        <span class="timer-status">{paused ? t('timer.paused') : t(`pumpTimer.now.${shown}`)}</span>
      </div>
      <p class="timer-total" aria-label={`${t('timer.total')}: ${formatClock(total)}`} data-testid="pump-total">
        {formatClock(total)}
      </p>
      <div class="timer-sides">
        {SIDES.map((s) => (
          <div key={s} class={!paused && now !== null && (now === 'both' || now === s) ? 'timer-side current' : 'timer-side'} data-testid={`pump-${s}`}>
            <span class="label">
              <span>{t(`side.${s}`)}</span>
            </span>
            <span class="value">{formatClock(secs[s])}</span>
          </div>
        ))}
      </div>
      <div class="pump-sides" role="group" aria-label={t('pumpTimer.which')}>
        {PUMP_SIDES.map((w) => (
          <button key={w} type="button" aria-pressed={!paused && now === w} onClick={() => void setPumpTimerSides(session.id, w)}>
            {t(`pumpTimer.sides.${w}`)}
          </button>
        ))}
      </div>
      {handsOn && (
        <p class="pump-steps">
          <Link href="/massage/hands-on-pumping/play">{t('pumpTimer.steps')}</Link>
        </p>
      )}
      <div class="timer-buttons pump-buttons">
        {paused ? (
          <button type="button" onClick={() => void resumePumpTimer(session.id)}>
            {t('timer.resume')}
          </button>
        ) : (
          <button type="button" onClick={() => void pausePumpTimer(session.id)}>
            {t('timer.pause')}
          </button>
        )}
        <button type="button" class="primary" onClick={finish}>
          {t('pumpTimer.finish')}
        </button>
      </div>
    </section>
  );
}
