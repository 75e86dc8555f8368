import { describe, expect, it } from 'vitest';
import { ROUTINE_IDS } from '../routine-ids.js';
import { isSourceKey, SOURCES } from '../sources.js';
import {
  CATALOGUES,
  disclaimer,
  FAQ,
  faq,
  getRoutine,
  LANGS,
  listRoutines,
  PICTURE_IDS,
  REFERENCES,
  ROUTINE_DEFS,
  ROUTINE_TIMINGS,
  routinesForTiming,
  routineTotalSeconds,
  TECHNIQUES,
  WHEN_NOT_TO_MASSAGE,
  whenNotToMassage,
} from './index.js';

describe('routine definitions', () => {
  it('has each of the 7 routine ids exactly once, in the shared order', () => {
    expect(ROUTINE_DEFS.map((d) => d.id)).toEqual([...ROUTINE_IDS]);
  });

  it.each(ROUTINE_DEFS.map((d) => [d.id, d] as const))('%s keeps its invariants', (_id, d) => {
    expect(d.steps.length).toBeGreaterThan(0);
    expect(d.when.length).toBeGreaterThan(0);
    expect(d.when.every((w) => (ROUTINE_TIMINGS as readonly string[]).includes(w))).toBe(true);
    expect(d.techniques.length).toBeGreaterThan(0);
    expect(d.techniques.every((t) => (TECHNIQUES as readonly string[]).includes(t))).toBe(true);
    expect(new Set(d.steps.map((s) => s.id)).size).toBe(d.steps.length);
    expect(new Set(d.cautions.map((c) => c.id)).size).toBe(d.cautions.length);
    for (const s of d.steps) {
      expect(Number.isInteger(s.seconds) && s.seconds > 0).toBe(true);
      expect(PICTURE_IDS).toContain(s.picture);
    }
    expect(d.citations.length).toBeGreaterThan(0);
    expect(d.cautions.length).toBeGreaterThan(0);
  });

  it('derives the total time from the steps, doubled for per-side routines', () => {
    const letDown = getRoutine('let-down', 'en');
    expect(letDown?.perSide).toBe(true);
    expect(letDown?.totalSeconds).toBe(2 * (15 + 60 + 45));
    expect(routineTotalSeconds({ perSide: false, steps: [{ seconds: 3 }, { seconds: 4 }] })).toBe(7);
    expect(routineTotalSeconds({ perSide: true, steps: [{ seconds: 3 }] })).toBe(6);
    for (const r of listRoutines('es')) expect(r.totalSeconds).toBe(routineTotalSeconds(r));
  });
});

describe('resolved routines', () => {
  it.each(LANGS)('resolves every step, caution and picture in %s', (lang) => {
    const routines = listRoutines(lang);
    expect(routines).toHaveLength(7);
    for (const r of routines) {
      expect(r.lang).toBe(lang);
      for (const s of r.steps) {
        expect(s.text.length).toBeGreaterThan(0);
        expect(s.picture).toContain(`<title>${CATALOGUES[lang].pictures[s.pictureId]}</title>`);
        expect(s.picture).not.toMatch(/<script|\son\w+=|href=/i);
      }
      for (const c of r.cautions) expect(c.text.length).toBeGreaterThan(0);
    }
  });

  it('returns null for an unknown id and the same routine for a known one', () => {
    expect(getRoutine('deep-lump-massage', 'en')).toBeNull();
    expect(getRoutine('toString', 'en')).toBeNull();
    expect(getRoutine('massager', 'es')?.title).toBe(CATALOGUES.es.routines.massager.title);
  });

  it('lists when not to massage and the FAQ in both languages', () => {
    for (const lang of LANGS) {
      expect(whenNotToMassage(lang).map((w) => w.id)).toEqual(WHEN_NOT_TO_MASSAGE.map((w) => w.id));
      expect(faq(lang).map((f) => f.id)).toEqual(FAQ.map((f) => f.id));
      expect(faq(lang).every((f) => f.question.endsWith('?') && f.citations.length > 0)).toBe(true);
    }
    expect(whenNotToMassage('en')).toHaveLength(7);
  });

  it('gives the one-line disclaimer per language', () => {
    expect(disclaimer('en')).toMatch(/not medical advice/);
    expect(disclaimer('es')).toMatch(/no consejo médico/);
  });
});

describe('citations', () => {
  const cited = [
    ...ROUTINE_DEFS.flatMap((d) => [...d.citations, ...d.cautions.flatMap((c) => c.citations), ...d.tips.flatMap((c) => c.citations)]),
    ...WHEN_NOT_TO_MASSAGE.flatMap((w) => w.citations),
    ...FAQ.flatMap((f) => f.citations),
  ];

  it('every citation is a key of the reference list', () => {
    for (const key of cited) expect(isSourceKey(key), key).toBe(true);
  });

  it('every caution, tip and answer rests on sources, or says it is Lactea’s own', () => {
    for (const d of ROUTINE_DEFS) {
      for (const n of [...d.cautions, ...d.tips]) expect(n.citations.length > 0 || n.own === true, `${d.id} ${n.id}`).toBe(true);
    }
    for (const f of FAQ) expect(f.citations.length).toBeGreaterThan(0);
    // CLINICAL.md's "Lactea's own rule" lines: labelled as Lactea's wherever they are used.
    const own = (id: string, note: string) => ROUTINE_DEFS.find((d) => d.id === id)?.[note.startsWith('tip:') ? 'tips' : 'cautions'].find((n) => n.id === note.replace(/^tip:/, ''))?.own;
    expect(own('inflammation-care', 'tip:cold-how-often')).toBe(true);
    expect(own('hands-on-pumping', 'tip:hand-expression-too')).toBe(true);
    expect(own('hand-expression', 'tip:with-pump')).toBe(true);
    expect(own('massager', 'not-nipple')).toBe(true);
    expect(faq('en').filter((f) => f.own).map((f) => f.id)).toEqual(['how-often', 'oils', 'pregnancy', 'breastfeeding-pregnant']);
  });

  it('shows each routine the questions that concern it', () => {
    for (const r of listRoutines('es')) {
      expect(r.faq.length, r.id).toBeGreaterThan(0);
      for (const f of r.faq) expect(f).toEqual(faq('es').find((x) => x.id === f.id));
    }
  });

  it('resolves citations to the reference text', () => {
    for (const r of listRoutines('en')) {
      for (const c of [...r.citations, ...r.cautions.flatMap((x) => x.citations)]) {
        expect(c.citation).toBe(SOURCES[c.key].citation);
      }
    }
  });

  it('REFERENCES covers every citation once, and nothing else', () => {
    const refKeys = REFERENCES.map((r) => r.key);
    expect(new Set(refKeys).size).toBe(refKeys.length);
    expect(new Set(refKeys)).toEqual(new Set(cited));
  });

  it('cites the sources the fact sheet gives for each routine', () => {
    const expected: Record<string, string[]> = {
      'let-down': ['UWH7498', 'LLL-MSS'],
      'hands-on-pumping': ['UWH7498', 'MORTON09', 'MORTON12', 'ABM36'],
      'hand-expression': ['GSTT-HE', 'GBHU', 'IOM-HE', 'UCLH-HE', 'MORTON09', 'LUSSIER15', 'FLAHERMAN12', 'ABM36'],
      'reverse-pressure-softening': ['COTTERMAN04', 'COTTERMAN03', 'BCP-RPS'],
      'lymphatic-drainage': ['UIHC', 'ABM36'],
      'inflammation-care': ['ABM36', 'UIHC', 'NHSDG', 'LACTAPP'],
      massager: ['UIHC', 'NHSDG', 'ABM36'],
    };
    for (const d of ROUTINE_DEFS) expect(d.citations).toEqual(expect.arrayContaining(expected[d.id] ?? ['missing']));
  });
});

describe('routinesForTiming', () => {
  it('returns the routines that fit each moment', () => {
    expect(routinesForTiming('before')).toEqual([
      'let-down',
      'hands-on-pumping',
      'reverse-pressure-softening',
      'lymphatic-drainage',
      'massager',
    ]);
    expect(routinesForTiming('during')).toEqual(['let-down', 'hands-on-pumping', 'massager']);
    expect(routinesForTiming('after')).toEqual(['hands-on-pumping', 'hand-expression', 'lymphatic-drainage']);
    expect(routinesForTiming('standalone')).toEqual(['hand-expression', 'lymphatic-drainage', 'inflammation-care']);
  });
});
