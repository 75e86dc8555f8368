import { describe, expect, it } from 'vitest';
import { contactsOfResult, levelLineKeys, reasonsByLevel } from './check-format.js';

const rule = (id: string, level: 'call' | 'watch' | 'urgent') => ({ id, level, who: 'parent' as const, own: false, reason: { en: id, es: id }, citations: [] });

describe('result display', () => {
  it('puts the reasons at the result’s level under Why and the rest under Also noted', () => {
    const r = reasonsByLevel({ level: 'call', fired: [rule('CALL-FEVER-385', 'call'), rule('CALL-FEVER-38', 'call'), rule('WATCH-TENDER', 'watch')] });
    expect(r.why.map((x) => x.id)).toEqual(['CALL-FEVER-385', 'CALL-FEVER-38']);
    expect(r.alsoNoted.map((x) => x.id)).toEqual(['WATCH-TENDER']);
  });

  it('reads whom to contact from a result, or from the level of a first-version result', () => {
    expect(contactsOfResult({ level: 'call', contacts: [{ who: 'baby', kind: 'clinician' }] })).toEqual([{ who: 'baby', kind: 'clinician' }]);
    expect(contactsOfResult({ level: 'urgent' })).toEqual([{ who: 'parent', kind: 'urgent-line' }]);
    expect(contactsOfResult({ level: 'call' })).toEqual([{ who: 'parent', kind: 'clinician' }]);
    expect(contactsOfResult({ level: 'watch' })).toEqual([]);
  });

  it('names whom to call in the title and line', () => {
    expect(levelLineKeys({ level: 'call', contacts: [{ who: 'baby', kind: 'clinician' }] })).toEqual({ title: 'check.level.call.titleBaby', line: 'check.level.call.line' });
    expect(levelLineKeys({ level: 'call', contacts: [{ who: 'parent', kind: 'clinician' }] }).title).toBe('check.level.call.titleParent');
    expect(levelLineKeys({ level: 'call' }).title).toBe('check.level.call.title');
    expect(levelLineKeys({ level: 'emergency', contacts: [{ who: 'baby', kind: 'emergency' }] }).line).toBe('check.level.emergency.lineBaby');
    expect(levelLineKeys({ level: 'emergency', contacts: [{ who: 'parent', kind: 'emergency' }] }).line).toBe('check.level.emergency.line');
  });
});

describe('the check’s Spanish', () => {
  it('does not intensify a sign the English does not (a stronger word makes a "yes" less likely)', async () => {
    const en = (await import('../i18n/en-screens.json', { with: { type: 'json' } })).default.check.signs as Record<string, string>;
    const es = (await import('../i18n/es-screens.json', { with: { type: 'json' } })).default.check.signs as Record<string, string>;
    for (const [k, text] of Object.entries(es)) {
      const strong = /\b(muy|mucho|mucha|demasiado)\b/i.test(text);
      expect(strong, `${k}: "${text}" / "${en[k]}"`).toBe(/\bvery\b/i.test(en[k] ?? ''));
    }
  });

  it('speaks of feeding or pumping, not only of giving the breast, in the check', async () => {
    const es = JSON.stringify((await import('../i18n/es-screens.json', { with: { type: 'json' } })).default.check);
    expect(es).not.toMatch(/dar el pecho|dando el pecho/);
  });
});
