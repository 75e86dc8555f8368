/** The device's copy of her preferences: a weight unit of its own, and what copies from before it mean. */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function prefsFrom(saved: object | null) {
  vi.resetModules();
  vi.stubGlobal('navigator', { language: 'en-GB' });
  vi.stubGlobal('localStorage', { getItem: () => (saved ? JSON.stringify(saved) : null), setItem: () => undefined, removeItem: () => undefined });
  return (await import('./prefs.js')).prefsStore.get();
}

describe('preferences kept on this device', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keep the weight unit she chose, whatever the volume unit', async () => {
    expect(await prefsFrom({ volumeUnit: 'floz', weightUnit: 'kg' })).toMatchObject({ volumeUnit: 'floz', weightUnit: 'kg' });
    expect(await prefsFrom({ volumeUnit: 'ml', weightUnit: 'lb' })).toMatchObject({ volumeUnit: 'ml', weightUnit: 'lb' });
  });

  it('kept before the weight had its own unit: it goes with the volume unit, as it was shown', async () => {
    expect((await prefsFrom({ volumeUnit: 'floz' })).weightUnit).toBe('lb');
    expect((await prefsFrom({ volumeUnit: 'ml' })).weightUnit).toBe('kg');
    expect((await prefsFrom({ volumeUnit: 'floz', weightUnit: 'stone' })).weightUnit).toBe('lb');
    expect((await prefsFrom(null)).weightUnit).toBe('kg');
  });
});
