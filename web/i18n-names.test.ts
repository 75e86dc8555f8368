/**
 * One name per routine in each language: the app's short name for a routine is its title, or the
 * title's beginning ("Masaje para la bajada"), never a second name (one crept in for hands-on pumping).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../src/domain/routines/index.js';
import { ROUTINE_IDS } from '../src/domain/routine-ids.js';
import en from './i18n/en.json' with { type: 'json' };
import es from './i18n/es.json' with { type: 'json' };

describe('routine names', () => {
  it('are the routine titles, or their beginnings, wherever they are in English', () => {
    const same = ROUTINE_IDS.filter((id) => CATALOGUES.en.routines[id].title.startsWith(en.massage.names[id]));
    expect(same).toContain('hands-on-pumping');
    const differ = same.filter((id) => !CATALOGUES.es.routines[id].title.startsWith(es.massage.names[id]));
    expect(differ.map((id) => `${id}: "${es.massage.names[id]}" is not "${CATALOGUES.es.routines[id].title}"`)).toEqual([]);
  });

  it('give hands-on pumping one name in each language, also on the pump screen and its running timer', () => {
    expect(es.massage.suggest.handsOn).toBe(CATALOGUES.es.routines['hands-on-pumping'].title);
    expect(es.pumpTimer.titleHandsOn).toBe(CATALOGUES.es.routines['hands-on-pumping'].title);
    expect(en.massage.suggest.handsOn).toBe(CATALOGUES.en.routines['hands-on-pumping'].title);
    expect(en.pumpTimer.titleHandsOn).toBe(CATALOGUES.en.routines['hands-on-pumping'].title);
  });
});
