/**
 * The player's voice: each step read aloud in her language with the Web Speech API's speech
 * synthesis, so she can follow with both hands busy. A voice installed on the device (`localService`)
 * is preferred, since it works offline; a network voice is used only while online. Where there is
 * no voice for the language, or speaking fails, the player says so once and falls back to its tones
 * and vibration at each step (web/state/massage-cues.ts).
 *
 * Loaded with the player only: nothing here is in the first load.
 */
import type { Lang } from '../../src/domain/routines/types.js';

/** Speech rate for "slower" (1 is the voice's normal pace). */
export const SLOW_RATE = 0.75;

export type VoiceState = 'ready' | 'none';

interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
  name: string;
}

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined' ? window.speechSynthesis : null;
}

/**
 * The best voice for `lang` among `voices`: one on the device first (it works offline), then the
 * platform's default, then the first that speaks the language; a network voice only when online.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: Lang, online: boolean): V | null {
  const speaks = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === lang);
  const usable = speaks.filter((v) => v.localService || online);
  const rank = (v: V): number => (v.localService ? 0 : 2) + (v.default ? 0 : 1);
  return [...usable].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** Voices can arrive a moment after the page loads; waits for them briefly. */
function voicesNow(s: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = s.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (): void => {
      s.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(s.getVoices());
    };
    const timer = setTimeout(done, 1500);
    s.addEventListener('voiceschanged', done);
  });
}

export interface Voice {
  /** Whether a voice for the language is there (null until known). */
  state(): VoiceState | null;
  /** Reads `text` now, interrupting whatever was being read. Resolves false when it could not. */
  say(text: string, opts: { slow: boolean }): Promise<boolean>;
  /** Stops reading. */
  stop(): void;
}

/** A voice for one language; `onState` hears whether one is there (and when speaking fails). */
export function createVoice(lang: Lang, onState: (s: VoiceState) => void): Voice {
  const s = synth();
  let state: VoiceState | null = s ? null : 'none';
  let chosen: SpeechSynthesisVoice | null = null;
  const set = (next: VoiceState): void => {
    if (state === next) return;
    state = next;
    onState(next);
  };
  const ready = s
    ? voicesNow(s).then((voices) => {
        chosen = pickVoice(voices, lang, navigator.onLine);
        set(chosen ? 'ready' : 'none');
      })
    : Promise.resolve().then(() => onState('none'));

  return {
    state: () => state,
    async say(text, { slow }) {
      await ready;
      if (!s || !chosen) return false;
      if (!chosen.localService && !navigator.onLine) {
        set('none');
        return false;
      }
      s.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = chosen;
      u.lang = chosen.lang;
      u.rate = slow ? SLOW_RATE : 1;
      return new Promise<boolean>((resolve) => {
        u.onstart = () => resolve(true);
        u.onerror = (e) => {
          // Cancelled by the next step or by Stop: not a failure of the voice.
          if (e.error === 'interrupted' || e.error === 'canceled') return resolve(true);
          set('none');
          resolve(false);
        };
        s.speak(u);
        // Some platforms never fire onstart for a queued utterance; do not wait forever.
        setTimeout(() => resolve(true), 2000);
      });
    },
    stop() {
      s?.cancel();
    },
  };
}
