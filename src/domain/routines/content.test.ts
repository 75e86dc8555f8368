import { describe, expect, it } from 'vitest';
import { CATALOGUES, getRoutine, LANGS, listRoutines, ROUTINE_DEFS, type Catalogue, type Lang, type Routine, type Technique } from './index.js';

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
  return [r.title, r.purpose, r.evidence, r.note ?? '', ...r.steps.map((s) => s.text), ...r.cautions.map((c) => c.text), ...r.tips.map((c) => c.text)].join('\n');
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

  it.each(LANGS)('%s has a text for exactly each step, caution and tip of each routine', (lang) => {
    for (const d of ROUTINE_DEFS) {
      const t = CATALOGUES[lang].routines[d.id];
      expect(Object.keys(t.steps).sort(), d.id).toEqual(d.steps.map((s) => s.id).sort());
      expect(Object.keys(t.cautions).sort(), d.id).toEqual(d.cautions.map((c) => c.id).sort());
      expect(Object.keys(t.tips).sort(), d.id).toEqual(d.tips.map((c) => c.id).sort());
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

describe('practical answers and the fixes of CLINICAL §13–§18', () => {
  const r = (id: string, lang: Lang): Routine => getRoutine(id, lang) as Routine;
  const step = (id: string, lang: Lang, stepId: string): string => r(id, lang).steps.find((x) => x.id === stepId)?.text ?? '';
  const tip = (id: string, lang: Lang, tipId: string): string => r(id, lang).tips.find((x) => x.id === tipId)?.text ?? '';
  const answer = (lang: Lang, id: string): string => CATALOGUES[lang].faq[id as keyof Catalogue['faq']].answer;

  it('hand expression teaches the technique: C-hold 2–3 cm back, press back, squeeze about 2 seconds and release, not the nipple', () => {
    const ids = r('hand-expression', 'en').steps.map((x) => x.id);
    expect(ids).toEqual(['prepare', 'massage', 'c-hold', 'press-back', 'compress', 'move', 'check']);
    expect(step('hand-expression', 'en', 'c-hold')).toMatch(/C shape[^.]*2 to 3 cm back from the base of the nipple/);
    expect(step('hand-expression', 'es', 'c-hold')).toMatch(/una C[^.]*2 o 3 cm de la base del pezón/);
    expect(step('hand-expression', 'en', 'press-back')).toMatch(/back toward your chest/);
    expect(step('hand-expression', 'en', 'compress')).toMatch(/about 2 seconds[^.]*let go/);
    expect(step('hand-expression', 'es', 'compress')).toMatch(/unos 2 segundos[^.]*suelta/);
    for (const lang of LANGS) expect(routineText(r('hand-expression', lang))).not.toMatch(/the way you were shown|como te enseñaron/);
    expect(step('hand-expression', 'en', 'compress')).toMatch(/do not squeeze the nipple/);
    expect(step('hand-expression', 'es', 'compress')).toMatch(/ni aprietes el pezón/);
  });

  it('hands-on pumping gives the pump-dependent basics: 8 to 10 times in 24 h including night, start early, hand expression in addition', () => {
    expect(tip('hands-on-pumping', 'en', 'how-often')).toMatch(/8 to 10 times in 24 hours, including at night/);
    expect(tip('hands-on-pumping', 'es', 'how-often')).toMatch(/de 8 a 10 veces en 24 horas, también de noche/);
    expect(tip('hands-on-pumping', 'en', 'start-early')).toMatch(/within the first 2 hours/);
    expect(tip('hands-on-pumping', 'en', 'hand-expression-too')).toMatch(/never instead of them/);
    expect(tip('hands-on-pumping', 'es', 'hand-expression-too')).toMatch(/nunca en su lugar/);
  });

  it('spreading redness says seek care now in the routine texts, as the symptom check does', () => {
    for (const id of ['lymphatic-drainage', 'inflammation-care']) {
      expect(routineText(r(id, 'en'))).toMatch(/[Rr]edness (that )?spreads quickly[^.]*: seek care now|Seek care now if redness spreads quickly/);
      expect(routineText(r(id, 'es'))).toMatch(/rojez que se extiende rápido[^.]*busca atención urgente ahora|Busca atención urgente ahora si la rojez se extiende rápido/i);
    }
  });

  it('cold: 10 minutes, wrapped, no more than once an hour, as Lactea’s own rule', () => {
    expect(step('inflammation-care', 'en', 'cold')).toMatch(/cloth, never straight on the skin[^.]*\. [^.]*10 minutes/);
    expect(tip('inflammation-care', 'en', 'cold-how-often')).toMatch(/10 minutes at a time, wrapped[^.]*no more than once an hour/);
    expect(tip('inflammation-care', 'es', 'cold-how-often')).toMatch(/10 minutos cada vez, envuelto[^.]*no más de una vez por hora/);
    expect(r('inflammation-care', 'en').tips.find((x) => x.id === 'cold-how-often')?.own).toBe(true);
  });

  it('milk from an inflamed breast is safe for a healthy term baby, and the other breast may go first', () => {
    expect(tip('inflammation-care', 'en', 'milk-safe')).toMatch(/safe for a healthy baby born at term/);
    expect(tip('inflammation-care', 'es', 'milk-safe')).toMatch(/segura para un bebé sano nacido a término/);
    expect(tip('inflammation-care', 'en', 'milk-safe')).toMatch(/born early or is unwell, ask the baby’s team/);
    expect(tip('inflammation-care', 'en', 'other-side-first')).toMatch(/starting each feed on the other breast/);
  });

  it('answers how often and how long, oils, and pregnancy, saying what the evidence studied', () => {
    expect(answer('en', 'how-often')).toMatch(/a minute or two of gentle massage before each time you pump or hand express/);
    expect(answer('en', 'how-often')).toMatch(/No source sets a daily amount/);
    expect(answer('es', 'how-often')).toMatch(/Ninguna fuente fija una cantidad diaria/);
    expect(answer('en', 'oils')).toMatch(/Lactea’s caution[^.]*optional/);
    expect(answer('en', 'oils')).toMatch(/no nut oils, no essential oils/);
    expect(answer('es', 'oils')).toMatch(/Precaución de Lactea/);
    expect(answer('en', 'pregnancy')).toMatch(/third trimester/);
    expect(answer('en', 'pregnancy')).toMatch(/says nothing about earlier pregnancy or about breastfeeding an older child/);
    expect(answer('es', 'pregnancy')).toMatch(/tercer trimestre/);
    expect(answer('en', 'breastfeeding-pregnant')).toMatch(/Sources disagree/);
    expect(CATALOGUES.en.whenNotToMassage.pregnancy).toMatch(/never with a high-risk pregnancy or if you have had preterm labour/);
  });
});
