/**
 * The end of a routine (finished or stopped): offers to attach it to a nursing or pumping session
 * that is running or ended in the last 30 minutes, else saves it as a massage session of its own.
 * The finished player stays saved on the device until this is done, so a reload or a lost
 * connection never loses the minutes.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PlayerState } from '../../src/domain/player.js';
import type { Routine } from '../../src/domain/routines/index.js';
import { instantMs } from '../../src/domain/time.js';
import { ApiError } from '../api.js';
import { errorText, reportError } from '../errors.js';
import { agoText } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import type { AttachTarget } from '../state/massage-attach.js';
import { attachTo, finishedOf, lookForTarget, saveOnItsOwn, type Saved } from '../state/massage-log.js';
import { canWrite } from '../state/sharing-role.js';
import { clearPlayer } from '../state/massage-store.js';
import { massageRecord } from '../state/massage-attach.js';
import { forgetPumpForm, preparePump, startedFromPumpForm } from '../state/pump-after-routine.js';
import { notify } from '../state/notice.js';
import { newId } from '../state/uuid.js';

type Phase =
  | { kind: 'looking' }
  | { kind: 'offer'; target: AttachTarget }
  | { kind: 'none' }
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

function targetText(target: AttachTarget): string {
  const s = target.session;
  const kind = t(`kind.${s.kind}`);
  const when = s.endedAt === null ? t('massage.finish.runningNow') : t('massage.finish.ended', { ago: agoText(instantMs(s.endedAt), Date.now()) });
  return `${kind} · ${when}`;
}

export function PlayerFinish({ routine, player, endMs, onKeepGoing }: Props): JSX.Element {
  const [done] = useState(() => finishedOf(player, endMs));
  const [saveId] = useState(newId);
  const [phase, setPhase] = useState<Phase>({ kind: 'looking' });
  const [attempt, setAttempt] = useState(0);
  // A consultant may play a routine in a client's household, but nothing of hers is logged there.
  const [writable] = useState(() => canWrite());

  const failed = (e: unknown, retry: () => void): void => {
    if (e instanceof ApiError && e.status === 401) reportError(e);
    setPhase({ kind: 'error', message: errorText(e), retry });
  };

  useEffect(() => {
    if (done.minutes === 0 || !writable) return;
    let live = true;
    setPhase({ kind: 'looking' });
    lookForTarget(done).then(
      (target) => live && setPhase(target ? { kind: 'offer', target } : { kind: 'none' }),
      (e: unknown) => live && failed(e, () => setAttempt((n) => n + 1)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // Started from the pump form, with no pump to attach to yet: back to the form, massage filled in.
  const [toPumpForm] = useState(() => startedFromPumpForm(routine.id));
  const logPump = (): void => {
    clearPlayer(routine.id);
    preparePump({ massage: massageRecord(routine.id, 'during', done.minutes), startMs: done.startMs, endMs: done.endMs });
    navigate('/pump', { replace: true });
  };

  const leave = (saved: false | Saved): void => {
    forgetPumpForm();
    clearPlayer(routine.id);
    if (saved) {
      notify(saved === 'sent' ? t('massage.finish.saved') : t('sync.savedOnDevice'));
      navigate('/log', { replace: true });
    } else {
      navigate(`/massage/${routine.id}`, { replace: true });
    }
  };

  const attach = async (target: AttachTarget): Promise<void> => {
    setPhase({ kind: 'saving' });
    try {
      leave(await attachTo(target.session, done));
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

  return (
    <div class="player-finish">
      <h2 class="player-finish-title">{player.completed ? t('massage.finish.done') : t('massage.finish.stopped')}</h2>
      {done.minutes === 0 || !writable ? (
        <>
          <p>{writable ? t('massage.finish.nothing') : t('massage.finish.readOnly')}</p>
          <div class="player-finish-buttons">
            <button type="button" class="primary" onClick={() => leave(false)}>
              {t('common.close')}
            </button>
            {onKeepGoing && (
              <button type="button" onClick={onKeepGoing}>
                {t('massage.finish.keepGoing')}
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <p class="player-finish-minutes">{t('massage.finish.spent', { m: done.minutes })}</p>
          <div aria-live="polite">
            {phase.kind === 'looking' && <p class="muted">{t('massage.finish.looking')}</p>}
            {phase.kind === 'saving' && <p class="muted">{t('common.saving')}</p>}
            {phase.kind === 'error' && <p class="form-error">{phase.message}</p>}
            {phase.kind === 'offer' && (
              <div class="card" role="group" aria-labelledby="attach-q">
                <p id="attach-q" class="player-finish-q">
                  {t('massage.finish.attachQ')}
                </p>
                <p data-testid="attach-target">{targetText(phase.target)}</p>
                <p class="muted">{t('massage.finish.asTiming', { timing: t(`massage.timingWord.${phase.target.timing}`) })}</p>
              </div>
            )}
          </div>
          <div class="player-finish-buttons">
            {phase.kind === 'offer' && (
              <button type="button" class="primary" onClick={() => void attach(phase.target)}>
                {t('massage.finish.attach')}
              </button>
            )}
            {phase.kind === 'error' && (
              <button type="button" class="primary" onClick={phase.retry}>
                {t('common.retry')}
              </button>
            )}
            {phase.kind === 'none' && toPumpForm && (
              <button type="button" class="primary" onClick={logPump}>
                {t('massage.finish.logPump')}
              </button>
            )}
            {(phase.kind === 'offer' || phase.kind === 'none') && (
              <button type="button" class={phase.kind === 'none' && !toPumpForm ? 'primary' : undefined} onClick={() => void onItsOwn()}>
                {phase.kind === 'none' ? t('massage.finish.save') : t('massage.finish.separate')}
              </button>
            )}
            {onKeepGoing && (
              <button type="button" disabled={phase.kind === 'saving'} onClick={onKeepGoing}>
                {t('massage.finish.keepGoing')}
              </button>
            )}
            <button type="button" class="link" disabled={phase.kind === 'saving'} onClick={() => leave(false)}>
              {t('massage.finish.discard')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
