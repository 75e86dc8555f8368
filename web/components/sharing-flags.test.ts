import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enScreens from '../i18n/en-screens.json' with { type: 'json' };
import esCore from '../i18n/es.json' with { type: 'json' };
import esScreens from '../i18n/es-screens.json' with { type: 'json' };
import type { ClientFlag } from '../api.js';
import { flagText } from './sharing-flags.js';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const nappies = (over: Partial<Extract<ClientFlag, { id: 'nappies-below' }>>): ClientFlag => ({ id: 'nappies-below', babyId: 'b', babyName: 'Lucía', nappy: 'wet', window: 'yesterday', count: 3, expected: 5, ...over });

describe('a client’s flags in words', () => {
  beforeAll(async () => {
    await import('../i18n.js');
    i18next.addResourceBundle('en', 'translation', enScreens, true, true);
    i18next.addResourceBundle('es', 'translation', { ...esCore, ...esScreens }, true, true);
  });

  it('keeps the window of a nappy finding, and agrees with the count', async () => {
    await i18next.changeLanguage('en');
    expect(flagText(nappies({ window: 'last-24h', count: 1, expected: 3 }), 'en', NOW)).toBe('Lucía: 1 wet nappy in the last 24 h, table 3+');
    expect(flagText(nappies({}), 'en', NOW)).toBe('Lucía: 3 wet nappies yesterday, table 5+');
    expect(flagText(nappies({ nappy: 'dirty', count: 1, expected: 2 }), 'en', NOW)).toBe('Lucía: 1 dirty nappy yesterday, table 2+');
    await i18next.changeLanguage('es');
    expect(flagText(nappies({ window: 'last-24h', count: 1, expected: 3 }), 'es', NOW)).toBe('Lucía: 1 pañal mojado en las últimas 24 h, tabla 3+');
    expect(flagText(nappies({ count: 0 }), 'es', NOW)).toBe('Lucía: 0 pañales mojados ayer, tabla 5+');
    await i18next.changeLanguage('en');
  });
});
