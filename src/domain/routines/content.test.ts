import { describe, expect, it } from 'vitest';
import { CATALOGUES, getRoutine, LANGS, listRoutines, ROUTINE_DEFS, type Lang, type Routine, type Technique } from './index.js';

/** Every leaf of a catalogue as "dotted.path" → value. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k).forEach((x, p) => out.set(p, x));
  } else out.set(path, value);
  return out;
}

/** All words a parent can read for one routine. */
function routineText(r: Routine): string {
  return [r.title, r.purpose, r.evidence, r.note ?? '', ...r.steps.map((s) => s.text), ...r.cautions.map((c) => c.text)].join('\n');
}

function allText(lang: Lang): string[] {
  return [...leaves(CATALOGUES[lang]).values()].filter((v): v is string => typeof v === 'string');
}

/**
 * A sentence that talks about heat or deep/firm massage together with a lump or inflammation must
 * say not to (or that it is older advice). Returns the offending sentences.
 */
const SCAN = {
  en: {
    topic: /\b(heat|heating|warm compress\w*|hot compress\w*|hot shower\w*|deep|deeply|firmly|forceful\w*|hard)\b/i,
    context: /\b(lumps?|lumpy|plug\w*|ducts?|inflam\w*|mastitis|red|sore|swollen|swelling|abscess\w*)\b/i,
    guard: /\b(no|not|don't|never|avoid|against|instead|older|heard|stop|injure)\b/i,
  },
  es: {
    topic: /(calor|compresas? calientes?|ducha caliente|profund\w*|firmemente|con firmeza|con fuerza|enérgic\w*)/i,
    context: /(bultos?|obstru\w*|conductos?|inflam\w*|mastitis|roj[oa]|dolorid[oa]|hinchaz\w*|hinchad[oa]|absceso\w*)/i,
    guard: /(\bno\b|\bnunca\b|\bni\b|\bnada\b|evita|desaconsej\w*|en lugar|antiguo|antes|dicho|deja de|lesionar)/i,
  },
} as const;

function unsafeSentences(text: string, lang: Lang): string[] {
  const { topic, context, guard } = SCAN[lang];
  return text
    .split(/(?<=[.!?:;])\s+|\n/)
    .filter((s) => topic.test(s) && context.test(s) && !guard.test(s));
}

const FORBIDDEN_TECHNIQUES: Technique[] = ['deep-pressure', 'heat', 'vibration', 'extra-removal', 'compression'];

describe('catalogues', () => {
  it('English and Spanish have exactly the same keys', () => {
    expect([...leaves(CATALOGUES.es).keys()].sort()).toEqual([...leaves(CATALOGUES.en).keys()].sort());
  });

  it.each(LANGS)('%s has no empty or untrimmed strings', (lang) => {
    for (const [path, v] of leaves(CATALOGUES[lang])) {
      expect(typeof v, path).toBe('string');
      expect(String(v).trim().length, path).toBeGreaterThan(0);
      expect(String(v), path).toBe(String(v).trim());
    }
  });

  it.each(LANGS)('%s has a text for exactly each step and caution of each routine', (lang) => {
    for (const d of ROUTINE_DEFS) {
      const t = CATALOGUES[lang].routines[d.id];
      expect(Object.keys(t.steps).sort(), d.id).toEqual(d.steps.map((s) => s.id).sort());
      expect(Object.keys(t.cautions).sort(), d.id).toEqual(d.cautions.map((c) => c.id).sort());
    }
  });

  it('the disclaimer says it is not medical advice', () => {
    expect(CATALOGUES.en.disclaimer).toMatch(/not medical advice/i);
    expect(CATALOGUES.es.disclaimer).toMatch(/no consejo médico/i);
  });
});

describe('content safety', () => {
  it('routines suitable for inflammation use no forceful, heating, vibrating or milk-raising technique', () => {
    const suitable = ROUTINE_DEFS.filter((d) => d.suitableForInflammation);
    expect(suitable.map((d) => d.id)).toEqual(['hand-expression', 'lymphatic-drainage', 'inflammation-care']);
    for (const d of suitable) {
      for (const t of FORBIDDEN_TECHNIQUES) expect(d.techniques, `${d.id} uses ${t}`).not.toContain(t);
    }
  });

  it('no routine tags deep pressure at all', () => {
    for (const d of ROUTINE_DEFS) expect(d.techniques).not.toContain('deep-pressure');
  });

  it('hands-on pumping is not for inflammation or oversupply, and says so', () => {
    const d = ROUTINE_DEFS.find((x) => x.id === 'hands-on-pumping');
    expect(d?.suitableForInflammation).toBe(false);
    expect(d?.techniques).toContain('extra-removal');
    const en = getRoutine('hands-on-pumping', 'en');
    const es = getRoutine('hands-on-pumping', 'es');
    expect(en?.purpose).toMatch(/not for [^.]*inflamed/i);
    expect(en?.purpose).toMatch(/too much milk/i);
    expect(es?.purpose).toMatch(/no es para [^.]*inflamado/i);
    expect(es?.purpose).toMatch(/demasiada leche/i);
    expect(en?.evidence).toMatch(/not randomised/i);
    expect(es?.evidence).toMatch(/no fue aleatorizado/i);
  });

  it('inflammation care says cold, not heat, explains the older advice, and names no dose', () => {
    const en = getRoutine('inflammation-care', 'en');
    const es = getRoutine('inflammation-care', 'es');
    if (!en || !es) throw new Error('missing routine');
    expect(routineText(en)).toMatch(/\bcold\b/i);
    expect(routineText(en)).toMatch(/\bnot heat\b|\binstead of heat\b/i);
    expect(routineText(es)).toMatch(/\bfrío\b/i);
    expect(routineText(es)).toMatch(/no calor|en lugar de calor/i);
    expect(en.note).toMatch(/older advice/i);
    expect(es.note).toMatch(/consejo antiguo/i);
    expect(routineText(en)).toMatch(/do not try to empty/i);
    expect(routineText(es)).toMatch(/no intentes vaciar/i);
    for (const r of [en, es]) expect(routineText(r)).not.toMatch(/\d+\s?(mg|milligrams?|miligramos?)\b/i);
  });

  it('no text in either language recommends heat or deep massage for a lump', () => {
    for (const lang of LANGS) expect(allText(lang).flatMap((t) => unsafeSentences(t, lang))).toEqual([]);
  });

  it('the scan catches unsafe advice', () => {
    expect(unsafeSentences('Apply heat to the lump. Then rest.', 'en')).toEqual(['Apply heat to the lump.']);
    expect(unsafeSentences('Massage firmly over the plugged duct.', 'en')).toHaveLength(1);
    expect(unsafeSentences('Pon calor sobre el bulto.', 'es')).toHaveLength(1);
    expect(unsafeSentences('Masajea en profundidad la zona inflamada.', 'es')).toHaveLength(1);
    expect(unsafeSentences('Never use heat on a lump.', 'en')).toEqual([]);
  });

  it('no dose is named anywhere', () => {
    for (const lang of LANGS) for (const t of allText(lang)) expect(t).not.toMatch(/\d+\s?mg\b/i);
  });

  it('the massager routine says never on the nipple, and never on a red, hot area', () => {
    const en = routineText(getRoutine('massager', 'en') as Routine);
    const es = routineText(getRoutine('massager', 'es') as Routine);
    expect(en).toMatch(/never[^.]*nipple/i);
    expect(es).toMatch(/nunca[^.]*pezón/i);
    expect(en).toMatch(/never[^.]*red[^.]*hot/i);
    expect(en).toMatch(/no guideline endorses/i);
    expect(es).toMatch(/ninguna guía respalda/i);
  });

  it('reverse pressure softening carries the clinic handout caution', () => {
    const r = getRoutine('reverse-pressure-softening', 'en');
    expect(r?.suitableForInflammation).toBe(false);
    expect(r?.cautions.find((c) => c.id === 'not-mastitis')?.citations.map((c) => c.key)).toEqual(['BCP-RPS']);
  });

  it('lymphatic drainage does not claim the guideline gives its exact technique', () => {
    expect(getRoutine('lymphatic-drainage', 'en')?.evidence).toMatch(/not confirmed/i);
    expect(getRoutine('lymphatic-drainage', 'es')?.evidence).toMatch(/no está confirmada/i);
  });

  it('every routine tells the parent massage should not hurt or when to stop', () => {
    for (const lang of LANGS) {
      for (const r of listRoutines(lang)) {
        const pattern = lang === 'en' ? /hurt|painful|stop|contact your provider/i : /doler|duele|dolorid|deja de|contacta/i;
        expect(routineText(r), `${lang} ${r.id}`).toMatch(pattern);
      }
    }
  });
});
