import { describe, expect, it } from 'vitest';
import { pickVoice } from './massage-voice.js';

const v = (lang: string, localService: boolean, name: string, isDefault = false) => ({ lang, localService, name, default: isDefault });

describe('choosing a voice', () => {
  const voices = [v('en-US', false, 'Cloud English', true), v('en-GB', true, 'Device English'), v('es-ES', false, 'Cloud Spanish'), v('es_MX', true, 'Device Spanish'), v('fr-FR', true, 'French')];

  it('prefers a voice on the device, which works offline', () => {
    expect(pickVoice(voices, 'en', true)?.name).toBe('Device English');
    expect(pickVoice(voices, 'es', true)?.name).toBe('Device Spanish');
  });

  it('uses a network voice only while online, and none for a language it lacks', () => {
    const cloudOnly = [v('es-ES', false, 'Cloud Spanish')];
    expect(pickVoice(cloudOnly, 'es', true)?.name).toBe('Cloud Spanish');
    expect(pickVoice(cloudOnly, 'es', false)).toBeNull();
    expect(pickVoice([v('fr-FR', true, 'French')], 'en', true)).toBeNull();
    expect(pickVoice([], 'en', true)).toBeNull();
  });

  it('among device voices takes the platform default', () => {
    expect(pickVoice([v('en-US', true, 'A'), v('en-AU', true, 'B', true)], 'en', false)?.name).toBe('B');
  });
});
