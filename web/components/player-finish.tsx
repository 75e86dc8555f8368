/**
 * The end of a routine (finished or stopped): it goes where it belongs in the log (see
 * web/state/massage-attach.ts for what is offered when). Hands-on pumping ends as its pump, with the
 * volumes still to give; a routine done before a feed starts that feed or pump with the massage on
 * it as *before*; a running timer takes it as *during*; "after" a session that already ended is
 * only ever a choice she makes. The finished player stays saved on the device until this is done,
 * so a reload or a lost connection never loses the minutes.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { endingOf, type PlayerState } from '../../src/domain/player.js';
import type { Routine } from '../../src/domain/routines/index.js';
import type { Session, Side } from '../../src/domain/session.js';
import { instantMs } from '../../src/domain/time.js';
import { ApiError } from '../api.js';
import { errorText, reportError } from '../errors.js';
import { agoText } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import type { FinishOffer } from '../state/massage-attach.js';
import { attachTo, finishedOf, lookForOffer, saveOnItsOwn, startAfterMassage, type Saved } from '../state/massage-log.js';
import { syncPumpMinutes } from '../state/massage-pump.js';
import { clearPlayer, linkedPump, startedBeforeAFeed } from '../state/massage-store.js';
import { notify } from '../state/notice.js';
import { canWrite } from '../state/sharing-role.js';
import { pausePumpTimer } from '../state/timer.js';
import { newId } from '../state/uuid.js';

type Phase =
  | { kind: 'looking' }
  | { kind: 'offer'; offer: FinishOffer }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retry: () => void };

interface Props {
  routine: Routine;
  player: PlayerState;
  /** Real time the routine ended. */
  endMs: number;
  /** Takes back a Stop tapped by mistake (null when there is nothing to take back). */
  onKeepGoing: (() => void) | null;
}

/** "Pump · ended 16 min ago" or "Nursing · running now". */
function sessionText(s: Session): string {
  const when = s.endedAt === null ? t('massage.finish.runningNow') : t('massage.finish.ended', { ago: agoText(instantMs(s.endedAt), Date.now()) });
  return `${t(`kind.${s.kind}`)} · ${when}`;
}

const ENDING_KEYS = { whole: 'massage.finish.done', skipped: 'massage.finish.finished', stopped: 'massage.finish.stopped' } as const;

/** The routine's last words: praise for all of it, a neutral "Routine finished" with steps skipped, or "Stopped". */
export const endingText = (player: PlayerState): string => t(ENDING_KEYS[endingOf(player)]);

export function PlayerFinish({ routine, player, endMs, onKeepGoing }: Props): JSX.Element {
  const [done] = useState(() => finishedOf(player, endMs));
  const [saveId] = useState(newId);
  const [phase, setPhase] = useState<Phase>({ kind: 'looking' });
  const [attempt, setAttempt] = useState(0);
  // A consultant may play a routine in a client's household, but nothing of hers is logged there.
  const [writable] = useState(() => canWrite());
  const [context] = useState(() => ({ beforeAFeed: startedBeforeAFeed(routine.id), linkedPumpId: routine.pumpSession ? linkedPump(routine.id) : null }));
  const pumpLinked = context.linkedPumpId !== null;

  const failed = (e: unknown, retry: () => void): void => {
    if (e instanceof ApiError && e.status === 401) reportError(e);
    setPhase({ kind: 'error', message: errorText(e), retry });
  };

  useEffect(() => {
    if ((done.minutes === 0 && !pumpLinked) || !writable) return;
    let live = true;
    setPhase({ kind: 'looking' });
    lookForOffer(done, routine, context).then(
      (offer) => live && setPhase({ kind: 'offer', offer }),
      (e: unknown) => live && failed(e, () => setAttempt((n) => n + 1)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const leave = (saved: false | Saved, to = '/log'): void => {
    clearPlayer(routine.id);
    if (saved) {
      notify(saved === 'sent' ? t('massage.finish.saved') : t('sync.savedOnDevice'));
      navigate(to, { replace: true });
    } else {
      navigate(`/massage/${routine.id}`, { replace: true });
    }
  };

  const attach = async (target: Session): Promise<void> => {
    setPhase({ kind: 'saving' });
    try {
      leave(await attachTo(target, done));
    } catch (e) {
      failed(e, () => void attach(target));
    }
  };

  const onItsOwn = async (): Promise<void> => {
    setPhase({ kind: 'saving' });
    try {
      leave(await saveOnItsOwn(saveId, done));
    } catch (e) {
      failed(e, () => void onItsOwn());
    }
  };

  /** Nurse left / Nurse right / Log a pump: the timer starts now, the massage on it as before. */
  const startNow = (what: Side | 'pump'): void => {
    startAfterMassage(what, done);
    clearPlayer(routine.id);
    notify(what === 'pump' ? t('massage.finish.pumpStarted') : t('massage.finish.nursingStarted', { side: t(`side.${what}Lower`) }));
    navigate('/', { replace: true });
  };

  /** Hands-on pumping: the minutes onto its pump, the pump paused, and on to the volumes. */
  const finishPump = (pump: Session): void => {
    syncPumpMinutes(routine.id, done.minutes);
    clearPlayer(routine.id);
    if (pump.endedAt === null) {
      void pausePumpTimer(pump.id);
      navigate(`/log/${pump.id}`, { replace: true });
    } else {
      notify(t('massage.finish.saved'));
      navigate('/log', { replace: true });
    }
  };

  /** Hands-on pumping: back home, where the pump timer keeps running. */
  const pumpLater = (): void => {
    syncPumpMinutes(routine.id, done.minutes);
    clearPlayer(routine.id);
    navigate('/', { replace: true });
  };

  const offer = phase.kind === 'offer' ? phase.offer : null;
  const busy = phase.kind === 'saving';
  const keepGoing = onKeepGoing && (
    <button type="button" disabled={busy} onClick={onKeepGoing}>
      {t('massage.finish.keepGoing')}
    </button>
  );
  const discard = (
    <button type="button" class="link" disabled={busy} onClick={() => leave(false)}>
      {t('massage.finish.discard')}
    </button>
  );
  const afterChoice = (after: Session | null): JSX.Element | null =>
    after && (
      <button type="button" class="link" data-testid="attach-after" disabled={busy} onClick={() => void attach(after)}>
        {t('massage.finish.afterChoice', { session: sessionText(after) })}
      </button>
    );

  if ((done.minutes === 0 && !pumpLinked) || !writable) {
    return (
      <div class="player-finish">
        <h2 class="player-finish-title">{endingText(player)}</h2>
        <p>{writable ? t('massage.finish.nothing') : t('massage.finish.readOnly')}</p>
        <div class="player-finish-buttons">
          <button type="button" class="primary" onClick={() => leave(false)}>
            {t('common.close')}
          </button>
          {keepGoing}
        </div>
      </div>
    );
  }

  return (
    <div class="player-finish">
      <h2 class="player-finish-title">{endingText(player)}</h2>
      <p class="player-finish-minutes">{t('massage.finish.spent', { m: done.minutes })}</p>
      <div aria-live="polite">
        {phase.kind === 'looking' && <p class="muted">{t('massage.finish.looking')}</p>}
        {phase.kind === 'saving' && <p class="muted">{t('common.saving')}</p>}
        {phase.kind === 'error' && <p class="form-error">{phase.message}</p>}
        {offer?.kind === 'pump' && (
          <p class="player-finish-q" data-testid="finish-offer">
            {offer.pump.endedAt === null ? t('massage.finish.pumpQ') : t('massage.finish.pumpEnded')}
          </p>
        )}
        {offer?.kind === 'running' && (
          <div class="card" role="group" aria-labelledby="attach-q" data-testid="finish-offer">
            <p id="attach-q" class="player-finish-q">
              {t('massage.finish.attachQ')}
            </p>
            <p data-testid="attach-target">{sessionText(offer.session)}</p>
            <p class="muted">{t('massage.finish.asTiming', { timing: t(`massage.timingWord.${offer.timing}`) })}</p>
          </div>
        )}
        {offer?.kind === 'start' && (
          <p class="player-finish-q" id="start-q" data-testid="finish-offer">
            {t('massage.finish.startQ')} <span class="muted">{t('massage.finish.startHint')}</span>
          </p>
        )}
      </div>
      <div class="player-finish-buttons">
        {phase.kind === 'error' && (
          <button type="button" class="primary" onClick={phase.retry}>
            {t('common.retry')}
          </button>
        )}
        {offer?.kind === 'pump' && (
          <>
            <button type="button" class="primary" onClick={() => finishPump(offer.pump)}>
              {offer.pump.endedAt === null ? t('massage.finish.volumes') : t('massage.finish.save')}
            </button>
            {keepGoing}
            {offer.pump.endedAt === null && (
              <button type="button" class="link" onClick={pumpLater}>
                {t('massage.finish.later')}
              </button>
            )}
          </>
        )}
        {offer?.kind === 'running' && (
          <>
            <button type="button" class="primary" disabled={busy} onClick={() => void attach(offer.session)}>
              {t('massage.finish.attach')}
            </button>
            <button type="button" disabled={busy} onClick={() => void onItsOwn()}>
              {t('massage.finish.separate')}
            </button>
            {keepGoing}
            {discard}
          </>
        )}
        {offer?.kind === 'start' && (
          <>
            <div class="player-finish-start" role="group" aria-labelledby="start-q">
              <button type="button" class="primary" disabled={busy} onClick={() => startNow('left')}>
                {t('massage.finish.nurseLeft')}
              </button>
              <button type="button" class="primary" disabled={busy} onClick={() => startNow('right')}>
                {t('massage.finish.nurseRight')}
              </button>
              <button type="button" class="primary" disabled={busy} onClick={() => startNow('pump')}>
                {t('massage.finish.logPump')}
              </button>
              <button type="button" disabled={busy} onClick={() => void onItsOwn()}>
                {t('massage.finish.notNow')}
              </button>
            </div>
            <p class="muted">{t('massage.finish.notNowHint')}</p>
            {afterChoice(offer.after)}
            {keepGoing}
            {discard}
          </>
        )}
        {offer?.kind === 'save' && (
          <>
            <button type="button" class="primary" disabled={busy} onClick={() => void onItsOwn()}>
              {t('massage.finish.save')}
            </button>
            {afterChoice(offer.after)}
            {keepGoing}
            {discard}
          </>
        )}
        {!offer && (
          <>
            {keepGoing}
            {discard}
          </>
        )}
      </div>
    </div>
  );
}
