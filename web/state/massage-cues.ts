/**
 * The player's cues and screen: a soft sine beep (WebAudio, no audio files), a short vibration
 * where the device has one, and a screen wake lock held while a routine runs.
 */
import type { PlayerCue } from '../../src/domain/player.js';

let audio: AudioContext | null = null;

/** Creates or wakes the audio context. Call it from a tap: browsers only allow sound after one. */
export function primeAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  } catch {
    audio = null;
  }
}

const NOTES: Record<Exclude<PlayerCue, null>, number[]> = {
  step: [660],
  side: [660, 880],
  finished: [880, 740, 587],
};

const PATTERNS: Record<Exclude<PlayerCue, null>, number[]> = {
  step: [120],
  side: [120, 80, 120],
  finished: [250, 100, 250],
};

export function beep(cue: Exclude<PlayerCue, null>): void {
  const ctx = audio;
  if (!ctx || ctx.state !== 'running') return;
  NOTES[cue].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const t0 = ctx.currentTime + i * 0.22;
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.15, t0 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.2);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + 0.22);
  });
}

export function vibrate(cue: Exclude<PlayerCue, null>): void {
  // Browsers refuse (and complain) before the first tap on the page.
  const activation = navigator.userActivation as UserActivation | undefined;
  if (!('vibrate' in navigator) || !activation?.hasBeenActive) return;
  navigator.vibrate(PATTERNS[cue]);
}

export interface WakeLock {
  /** Keep the screen on (now, and again whenever the page becomes visible). */
  acquire(): void;
  /** Let the screen sleep. */
  release(): void;
  /** Release and stop listening. */
  dispose(): void;
}

/** A screen wake lock that re-acquires itself after the page was hidden (the browser drops it then). */
export function createWakeLock(): WakeLock {
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;
  let pending = false;

  const request = (): void => {
    if (!wanted || pending || (sentinel && !sentinel.released) || document.visibilityState !== 'visible') return;
    if (!('wakeLock' in navigator)) return;
    pending = true;
    navigator.wakeLock.request('screen').then(
      (s) => {
        pending = false;
        if (wanted) sentinel = s;
        else void s.release().catch(() => undefined);
      },
      () => {
        // Refused (battery saver, no permission): the routine still works, the screen may dim.
        pending = false;
      },
    );
  };
  const onVisibility = (): void => request();
  document.addEventListener('visibilitychange', onVisibility);

  const release = (): void => {
    wanted = false;
    const s = sentinel;
    sentinel = null;
    if (s && !s.released) void s.release().catch(() => undefined);
  };

  return {
    acquire() {
      wanted = true;
      request();
    },
    release,
    dispose() {
      release();
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
