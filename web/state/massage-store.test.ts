import { describe, expect, it } from 'vitest';
import { parseCuePrefs } from './massage-store.js';

describe('cue preferences', () => {
  it('default to sound and vibration on', () => {
    expect(parseCuePrefs(null)).toEqual({ sound: true, vibration: true });
    expect(parseCuePrefs('not json')).toEqual({ sound: true, vibration: true });
  });

  it('remember either being switched off', () => {
    expect(parseCuePrefs('{"sound":false,"vibration":true}')).toEqual({ sound: false, vibration: true });
    expect(parseCuePrefs('{"vibration":false}')).toEqual({ sound: true, vibration: false });
  });
});
