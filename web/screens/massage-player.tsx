/**
 * The full-screen player: the step in large type with its picture, a countdown for the step and for
 * the routine, the side for per-side routines, and big Back / Pause / Skip / Stop buttons. A soft
 * beep and a vibration mark each step change (each switchable); the screen stays awake while it runs.
 *
 * Hands-free: steps advance by themselves; with the voice on, each step is read aloud in her
 * language (web/state/massage-voice.ts), with Repeat and Slower; a tap anywhere on the screen
 * pauses or resumes. Where the device has no voice for the language, the player says so and marks
 * each step with tones and vibration instead.
 *
 * The routine's state (src/domain/player.ts) is saved on the device at every tick, so a reload
 * comes back to the same step, paused (see `restore` for how much closed time counts). Time comes
 * from `pageClock()` (web/state/massage-clock.ts): real time, or sped up with `?speed=N` for tests.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  createPlayer,
  minutesSpent,
  playerReducer,
  restore,
  routineRemainingSeconds,
  routineTotalMs,
  serialize,
  stepRemainingSeconds,
  type PlayerCue,
  type PlayerEvent,
  type PlayerState,
} from '../../src/domain/player.js';
import { isRoutineId } from '../../src/domain/routine-ids.js';
import { CATALOGUES, getRoutine, pictureSvg, type Routine } from '../../src/domain/routines/index.js';
import { BackLink } from '../components/back-link.js';
import { StepPicture, TouchNote } from '../components/massage-parts.js';
import { PageTitle } from '../components/page-title.js';
import { endingText, PlayerFinish } from '../components/player-finish.js';
import { CloseIcon, NextIcon, PauseIcon, PlayIcon, PrevIcon, RepeatIcon, SoundIcon, StopIcon, VibrateIcon, VoiceIcon } from '../components/player-icons.js';
import { formatClock } from '../format.js';
import { languageStore, t } from '../i18n.js';
import { navigate } from '../router.js';
import { pageClock, type Clock } from '../state/massage-clock.js';
import { beep, createWakeLock, primeAudio, vibrate, type WakeLock } from '../state/massage-cues.js';
import { createVoice, type Voice, type VoiceState } from '../state/massage-voice.js';
import { ensureLinkedPump, syncPumpMinutes } from '../state/massage-pump.js';
import { cuePrefsStore, gateStore, loadPlayer, savePlayer, setAfterGate, setCuePrefs, takeStartRequest } from '../state/massage-store.js';
import { useStore } from '../state/store.js';
import { useReducedMotion } from '../state/use-reduced-motion.js';

const TICK_MS = 250;

function sameSteps(a: PlayerState, b: PlayerState): boolean {
  return a.perSide === b.perSide && a.stepSeconds.length === b.stepSeconds.length && a.stepSeconds.every((s, i) => s === b.stepSeconds[i]);
}

/** The saved player of this routine if it still fits the routine, else a fresh one. */
function initialState(routine: Routine, clock: Clock): PlayerState {
  const fresh = createPlayer(routine);
  const saved = loadPlayer(routine.id);
  const restored = saved ? restore(saved, clock.now()) : null;
  return restored && sameSteps(restored, fresh) ? restored : fresh;
}

export function MassagePlayer({ id }: { id: string }): JSX.Element {
  const lang = useStore(languageStore);
  const read = useStore(gateStore);
  const routine = getRoutine(id, lang);

  useEffect(() => {
    if (routine && !read) {
      // Before the first routine ever: "when not to massage", then straight back here.
      setAfterGate(`/massage/${routine.id}/play`);
      navigate('/massage/when-not', { replace: true });
    }
  }, [read, routine?.id]);

  if (!routine || !isRoutineId(id)) {
    return (
      <section class="massage">
        <BackLink href="/massage" />
        <PageTitle>{t('massage.notFound')}</PageTitle>
      </section>
    );
  }
  if (!read) return <section class="player" aria-busy="true" />;
  return <Player key={routine.id} routine={routine} />;
}

function Player({ routine }: { routine: Routine }): JSX.Element {
  const clockRef = useRef<Clock | null>(null);
  clockRef.current ??= pageClock();
  const clock = clockRef.current;
  const [state, setState] = useState<PlayerState>(() => initialState(routine, clock));
  const stateRef = useRef(state);
  const wakeRef = useRef<WakeLock | null>(null);
  const cues = useStore(cuePrefsStore);
  const [endMs, setEndMs] = useState<number | null>(null);
  /** The routine as it was just before Stop, so a Stop tapped by mistake can be taken back. */
  const [beforeStop, setBeforeStop] = useState<PlayerState | null>(null);
  const voiceRef = useRef<Voice | null>(null);
  const [voiceState, setVoiceState] = useState<VoiceState | null>(null);

  /** What the voice reads for the player's position: the side first when a side begins. */
  const spoken = (s: PlayerState): string => {
    if (s.status === 'finished') return endingText(s);
    const text = routine.steps[s.stepIndex]?.text ?? '';
    return s.side && s.stepIndex === 0 ? `${t(`massage.player.side.${s.side}`)}. ${text}` : text;
  };

  /** Marks a step change: the voice reads it, or (with no voice) tones and vibration stand in. */
  const announce = (s: PlayerState, cue: PlayerCue): void => {
    const prefs = cuePrefsStore.get();
    const voice = voiceRef.current;
    const noVoice = prefs.voice && voice?.state() === 'none';
    if (cue && (prefs.sound || noVoice)) beep(cue);
    if (cue && (prefs.vibration || noVoice)) vibrate(cue);
    if (prefs.voice && voice && !noVoice) {
      void voice.say(spoken(s), { slow: prefs.slow }).then((ok) => {
        if (!ok && cue) {
          beep(cue);
          vibrate(cue);
        }
      });
    }
  };

  const dispatch = (type: PlayerEvent['type']): void => {
    const { state: next, cue } = playerReducer(stateRef.current, { type, now: clock.now() });
    if (next === stateRef.current) return;
    stateRef.current = next;
    savePlayer(routine.id, serialize(next));
    setState(next);
    // Hands-on pumping times a pump: it starts with the routine, and its massage minutes follow the steps.
    if (routine.pumpSession && type === 'start') ensureLinkedPump(routine.id);
    if (routine.pumpSession && cue) syncPumpMinutes(routine.id, minutesSpent(next));
    if (cue || type === 'start') announce(next, cue);
  };

  // Start at once when the routine's Start button (or the pump form) sent us here.
  useEffect(() => {
    wakeRef.current = createWakeLock();
    voiceRef.current = createVoice(routine.lang, setVoiceState);
    if (takeStartRequest(routine.id) && stateRef.current.status === 'ready') {
      primeAudio();
      dispatch('start');
    }
    return () => {
      wakeRef.current?.dispose();
      voiceRef.current?.stop();
      // Leaving the player pauses it; the routine waits where it was.
      if (stateRef.current.status === 'running') {
        savePlayer(routine.id, serialize(playerReducer(stateRef.current, { type: 'pause', now: clock.now() }).state));
      }
    };
  }, []);

  useEffect(() => {
    if (state.status === 'running') wakeRef.current?.acquire();
    else wakeRef.current?.release();
    if (state.status !== 'running') return;
    const timer = setInterval(() => dispatch('tick'), TICK_MS);
    return () => clearInterval(timer);
  }, [state.status]);

  useEffect(() => {
    if (state.status !== 'finished') return;
    // The real end: the player's own time line may run faster in tests.
    setEndMs(clock.speed === 1 && state.finishedAt !== null ? state.finishedAt : Date.now());
  }, [state.status]);

  useEffect(() => {
    if (state.status === 'paused') voiceRef.current?.stop();
  }, [state.status]);

  const act = (type: PlayerEvent['type']) => (): void => {
    primeAudio();
    dispatch(type);
  };

  const stop = (): void => {
    setBeforeStop(playerReducer(stateRef.current, { type: 'pause', now: clock.now() }).state);
    dispatch('finish');
  };

  const keepGoing = (): void => {
    if (!beforeStop) return;
    stateRef.current = beforeStop;
    savePlayer(routine.id, serialize(beforeStop));
    setState(beforeStop);
    setBeforeStop(null);
    setEndMs(null);
  };

  /** The whole screen is a pause target: a tap anywhere but on a control pauses or resumes. */
  const tapAnywhere = (e: MouseEvent): void => {
    if ((e.target as Element | null)?.closest('button, a, input, summary, .player-finish')) return;
    const status = stateRef.current.status;
    if (status === 'running') act('pause')();
    else if (status === 'paused') act('resume')();
  };

  const toggleVoice = (): void => {
    const on = !cuePrefsStore.get().voice;
    setCuePrefs({ voice: on });
    primeAudio();
    if (on && stateRef.current.status !== 'finished') announce(stateRef.current, null);
    if (!on) voiceRef.current?.stop();
  };

  const repeat = (): void => announce(stateRef.current, null);

  const toggleSlow = (): void => {
    setCuePrefs({ slow: !cuePrefsStore.get().slow });
    announce(stateRef.current, null);
  };

  const exit = (): void => navigate(`/massage/${routine.id}`);
  const pictures = CATALOGUES[routine.lang].pictures;
  const step = routine.steps[state.stepIndex] ?? routine.steps[0];
  const reduced = useReducedMotion();
  // The hand moves along its stroke while the step runs (still when paused, or with reduced motion),
  // on the breast being worked on: the right one is drawn as the mirror image.
  const moving = state.status === 'running' && !reduced;
  const pictureLabel = step ? (state.side ? `${t(`massage.player.side.${state.side}`)}: ${pictures[step.pictureId]}` : pictures[step.pictureId]) : '';
  const picture = useMemo(
    () => (step ? pictureSvg(step.pictureId, pictureLabel, { side: state.side ?? 'left', motion: moving }) : ''),
    [step?.pictureId, state.side, moving, pictureLabel],
  );
  const n = routine.steps.length;
  const position = (state.side === 'right' ? n : 0) + state.stepIndex + 1;
  const total = n * (routine.perSide ? 2 : 1);
  const totalMs = routineTotalMs(state);
  const remaining = routineRemainingSeconds(state);

  return (
    // A tap anywhere pauses; from the keyboard, the Pause button does the same.
    <section class="player" aria-labelledby="player-title" data-status={state.status} onClick={tapAnywhere}>
      <header class="player-top">
        <button type="button" class="player-exit" onClick={exit}>
          <CloseIcon />
          {t('massage.player.exit')}
        </button>
        <div class="player-toggles">
          <button type="button" aria-pressed={cues.voice} onClick={toggleVoice} data-testid="voice-toggle">
            <VoiceIcon on={cues.voice} />
            <span class="visually-hidden">{t('massage.player.voice')}</span>
          </button>
          <button type="button" aria-pressed={cues.sound} onClick={() => setCuePrefs({ sound: !cues.sound })}>
            <SoundIcon on={cues.sound} />
            <span class="visually-hidden">{t('massage.player.sound')}</span>
          </button>
          <button type="button" aria-pressed={cues.vibration} onClick={() => setCuePrefs({ vibration: !cues.vibration })}>
            <VibrateIcon on={cues.vibration} />
            <span class="visually-hidden">{t('massage.player.vibration')}</span>
          </button>
        </div>
      </header>
      <PageTitle>
        <span id="player-title">{routine.title}</span>
      </PageTitle>
      {state.status === 'finished' || !step ? (
        endMs !== null && <PlayerFinish routine={routine} player={state} endMs={endMs} onKeepGoing={beforeStop ? keepGoing : null} />
      ) : (
        <>
          <div class="player-stage">
            <StepPicture svg={picture} label={pictureLabel} large />
            <div class="player-times">
              <p class="player-countdown" role="timer" aria-label={t('massage.player.stepLeft')} data-testid="step-countdown">
                {formatClock(stepRemainingSeconds(state))}
              </p>
              <p class="player-total" data-testid="total-left">
                {t('massage.player.totalLeft', { time: formatClock(remaining) })}
              </p>
            </div>
          </div>
          <div class="player-now" aria-live="polite" aria-atomic="true">
            <p class="player-where">
              {state.side && <span class={`player-side ${state.side}`}>{t(`massage.player.side.${state.side}`)}</span>}
              <span class="player-stepof">{t('massage.player.stepOf', { n: position, total })}</span>
            </p>
            <p class="player-step" data-testid="player-step">
              {step.text}
            </p>
            <TouchNote picture={step.pictureId} />
          </div>
          {cues.voice && (
            <div class="player-voice">
              <button type="button" onClick={repeat}>
                <RepeatIcon />
                {t('massage.player.repeat')}
              </button>
              <button type="button" aria-pressed={cues.slow} onClick={toggleSlow}>
                {t('massage.player.slower')}
              </button>
            </div>
          )}
          {cues.voice && voiceState === 'none' && (
            <p class="player-novoice" role="status">
              {t('massage.player.noVoice')}
            </p>
          )}
          <progress class="player-progress" max={totalMs} value={Math.max(0, totalMs - remaining * 1000)} aria-label={t('massage.player.progress')} />
          {state.status === 'paused' && <p class="player-paused">{t('massage.player.paused')}</p>}
          {state.status === 'running' && <p class="player-tap muted">{t('massage.player.tapAnywhere')}</p>}
          <div class="player-bar">
            <div class="player-controls">
              <button type="button" onClick={act('back')}>
                <PrevIcon />
                {t('massage.player.back')}
              </button>
              {state.status === 'ready' && (
                <button type="button" class="primary player-main" onClick={act('start')}>
                  <PlayIcon />
                  {t('massage.player.start')}
                </button>
              )}
              {state.status === 'running' && (
                <button type="button" class="primary player-main" onClick={act('pause')}>
                  <PauseIcon />
                  {t('massage.player.pause')}
                </button>
              )}
              {state.status === 'paused' && (
                <button type="button" class="primary player-main" onClick={act('resume')}>
                  <PlayIcon />
                  {t('massage.player.resume')}
                </button>
              )}
              <button type="button" onClick={act('skip')}>
                <NextIcon />
                {t('massage.player.skip')}
              </button>
            </div>
            {state.status !== 'ready' && (
              <button type="button" class="danger wide player-stop" onClick={stop}>
                <StopIcon />
                {t('massage.player.stop')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
