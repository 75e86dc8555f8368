import { describe, expect, it } from 'vitest';
import { parseCuePrefs } from './massage-store.js';

describe('cue preferences', () => {
  it('default to sound and vibration on, the voice off and at its normal pace', () => {
    const defaults = { sound: true, vibration: true, voice: false, slow: false };
    expect(parseCuePrefs(null)).toEqual(defaults);
    expect(parseCuePrefs('not json')).toEqual(defaults);
    expect(parseCuePrefs('[1]')).toEqual(defaults);
  });

  it('remember each being switched', () => {
    expect(parseCuePrefs('{"sound":false,"vibration":true}')).toEqual({ sound: false, vibration: true, voice: false, slow: false });
    expect(parseCuePrefs('{"vibration":false}')).toEqual({ sound: true, vibration: false, voice: false, slow: false });
    expect(parseCuePrefs('{"voice":true,"slow":true}')).toEqual({ sound: true, vibration: true, voice: true, slow: true });
    expect(parseCuePrefs('{"voice":"yes"}').voice).toBe(false);
  });
});
