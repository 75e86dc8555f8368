/** A running (or paused) nursing timer: time per side and in total, and the three things she can do. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { sessionDoubts } from '../../src/domain/plausibility.js';
import { currentSide, isPaused, lastSide, SIDES, sideSeconds, stopSession, type Session } from '../../src/domain/session.js';
import { toInstant } from '../../src/domain/time.js';
import { navigate } from '../router.js';
import { ConfirmDoubts } from './confirm-doubts.js';
import { formatClock, minutesText } from '../format.js';
import { t } from '../i18n.js';
import { notify } from '../state/notice.js';
import { pauseTimer, resumeTimer, stopTimer, switchTimerSide } from '../state/timer.js';

interface Props {
  session: Session;
  nowMs: number;
  babyName: string | null;
}

export function TimerCard({ session, nowMs, babyName }: Props): JSX.Element {
  const secs = sideSeconds(session.segments, nowMs);
  const paused = isPaused(session);
  const side = currentSide(session.segments);
  const highlighted = side ?? lastSide(session.segments);
  const total = secs.left + secs.right;
  const titleId = `timer-${session.id}`;

  const [longFeed, setLongFeed] = useState<string | null>(null);

  const stop = async (checked = false, thenFix = false): Promise<void> => {
    const now = Date.now();
    // A feed over 3 hours is more likely a timer left running: asked once before it is saved.
    const doubt = sessionDoubts(stopSession(session, toInstant(now)), now).find((d) => d.kind === 'long-feed');
    if (doubt && !checked) {
      setLongFeed(minutesText(doubt.minutes * 60));
      return;
    }
    setLongFeed(null);
    const saved = await stopTimer(session.id);
    if (thenFix) navigate(`/log/${session.id}`);
    else if (saved) {
      const s = sideSeconds(saved.segments, Date.now());
      notify(t('timer.stopped', { time: minutesText(s.left + s.right) }));
    }
  };

  return (
    <section class="card timer-card" aria-labelledby={titleId} data-testid="timer">
      <div class="timer-head">
        <h2 id={titleId}>{babyName ? t('timer.titleBaby', { name: babyName }) : t('timer.title')}</h2>
        <span class="timer-status">{paused ? t('timer.paused') : side ? t('timer.onSide', { side: t(`side.${side}Lower`) }) : ''}</span>
      </div>
      <p class="timer-total" aria-label={`${t('timer.total')}: ${formatClock(total)}`} data-testid="timer-total">
        {formatClock(total)}
      </p>
      <div class="timer-sides">
        {SIDES.map((s) => (
          <div key={s} class={s === highlighted && !paused ? 'timer-side current' : 'timer-side'} data-testid={`timer-${s}`}>
            <span class="label">
              <span>{t(`side.${s}`)}</span>
              {s === side && <span>{t('timer.now')}</span>}
            </span>
            <span class="value">{formatClock(secs[s])}</span>
          </div>
        ))}
      </div>
      {longFeed && (
        <ConfirmDoubts
          lines={[t('doubts.longFeed', { duration: longFeed })]}
          confirmLabel={t('doubts.saveLong', { duration: longFeed })}
          changeLabel={t('doubts.fixEnd')}
          onConfirm={() => void stop(true)}
          onChange={() => void stop(true, true)}
        />
      )}
      <div class="timer-buttons">
        <button type="button" onClick={() => void switchTimerSide(session.id)}>
          {t('timer.switch')}
        </button>
        {paused ? (
          <button type="button" onClick={() => void resumeTimer(session.id)}>
            {t('timer.resume')}
          </button>
        ) : (
          <button type="button" onClick={() => void pauseTimer(session.id)}>
            {t('timer.pause')}
          </button>
        )}
        <button type="button" class="primary" onClick={() => void stop()}>
          {t('timer.stop')}
        </button>
      </div>
    </section>
  );
}
