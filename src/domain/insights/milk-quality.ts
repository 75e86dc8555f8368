/**
 * Milk quality from creamatocrit (CMCT, the cream % of a centrifuged sample): fat and energy per
 * litre with the published equations in CLINICAL.md §7, and a with/without massage comparison.
 *
 * Equations (per dL in the sources, ×10 here for per L):
 *   Wang 1999, fresh:          energy kcal/dL = 5.99·CMCT + 32.5;  lipid g/dL = 0.51·CMCT + 0.23
 *   Wang 1999, frozen-thawed:  energy kcal/dL = 6.20·CMCT + 35.1;  lipid g/dL = 0.54·CMCT + 0.39
 * The energy equations are [WANG99]; the lipid equations are Wang's as given by [MEDALG]. Neither
 * goes below zero over the whole range (0–30 %). Meier's alternative equations (CLINICAL.md §7) are
 * not used: their paper is unconfirmed [MEIER], and their fat line gives a negative fat below 0.05 %.
 *
 * The comparison uses Welch's t interval for a difference of means, within one sample type at a time
 * (hindmilk is far fattier than foremilk, so mixing types would compare the sampling, not the massage).
 */
import { LIMITS } from '../limits.js';
import jStat from 'jstat';
import type { FieldProblem } from '../session.js';
import type { SourceKey } from '../sources.js';
import { instantMs, type Instant } from '../time.js';
import { MIN_PER_GROUP } from './massage-effect.js';
import { clearSentence, notEnoughSentence, type Phrasing, type Sentence, unclearSentence, type Voice } from './sentences.js';

export const SAMPLE_TYPES = ['fore', 'hind', 'mixed'] as const;
export type SampleType = (typeof SAMPLE_TYPES)[number];

export interface CreamatocritEntry {
  measuredAt: Instant;
  cmctPercent: number;
  sample: SampleType;
  frozen: boolean;
  massage: boolean;
}

/** A plausible creamatocrit range; values outside it are typos or a failed measurement. */
/** The readings accepted (one place for the server and the form: LIMITS). */
export const CMCT_RANGE = LIMITS.cmctPercent;
/** Below this, a single creamatocrit is imprecise: take duplicates [TIE21]. */
export const LOW_CMCT = 2;

export interface Conversion {
  fatGPerL: number;
  energyKcalPerL: number;
  /** Sources of the fat and of the energy equation. */
  fatSources: SourceKey[];
  energySources: SourceKey[];
}

/** Wang 1999: fresh or frozen-thawed milk. */
export function wang(cmct: number, frozen: boolean): Conversion {
  const energyPerDl = frozen ? 6.2 * cmct + 35.1 : 5.99 * cmct + 32.5;
  const fatPerDl = frozen ? 0.54 * cmct + 0.39 : 0.51 * cmct + 0.23;
  return { fatGPerL: fatPerDl * 10, energyKcalPerL: energyPerDl * 10, fatSources: ['WANG99', 'MEDALG'], energySources: ['WANG99'] };
}


export function creamatocritProblems(entries: readonly CreamatocritEntry[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  entries.forEach((e, i) => {
    if (!Number.isFinite(e.cmctPercent) || e.cmctPercent < CMCT_RANGE.min || e.cmctPercent > CMCT_RANGE.max) {
      out.push({ field: `entries.${i}.cmctPercent`, code: 'out_of_range', params: { min: CMCT_RANGE.min, max: CMCT_RANGE.max }, message: `must be a creamatocrit between ${CMCT_RANGE.min} and ${CMCT_RANGE.max} %` });
    }
    if (!Number.isFinite(instantMs(e.measuredAt))) out.push({ field: `entries.${i}.measuredAt`, code: 'invalid_date', message: 'must be an instant' });
    if (!(SAMPLE_TYPES as readonly string[]).includes(e.sample)) out.push({ field: `entries.${i}.sample`, code: 'invalid_choice', message: 'must be fore, hind or mixed' });
  });
  return out;
}

export interface ConvertedEntry extends CreamatocritEntry {
  wang: Conversion;
  /** Below 2 %: imprecise, take duplicates. */
  lowPrecision: boolean;
}

export interface MeanDifference {
  status: 'clear' | 'unclear' | 'not-enough-data';
  nWith: number;
  nWithout: number;
  meanWith: number | null;
  meanWithout: number | null;
  difference: number | null;
  lower: number | null;
  upper: number | null;
  df: number | null;
  needs: { withMassage: number; withoutMassage: number };
  sentence: Sentence;
}

export interface SampleComparison {
  sample: SampleType;
  /** Fat (g/L) and energy (kcal/L) by Wang's equations, each entry with its own fresh/frozen one. */
  fat: MeanDifference;
  energy: MeanDifference;
}

export interface Note {
  text: Sentence;
  sources: SourceKey[];
}

export type MilkQuality =
  | { ok: false; problems: FieldProblem[] }
  | { ok: true; entries: ConvertedEntry[]; comparisons: SampleComparison[]; notes: Note[] };

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: readonly number[], m: number) => xs.reduce((a, b) => a + (b - m) * (b - m), 0) / (xs.length - 1);

/** Welch's interval for mean(a) − mean(b). */
export function welch(a: readonly number[], b: readonly number[], level = 0.95): { difference: number; lower: number; upper: number; df: number } {
  const ma = mean(a);
  const mb = mean(b);
  const va = variance(a, ma) / a.length;
  const vb = variance(b, mb) / b.length;
  const se = Math.sqrt(va + vb);
  const difference = ma - mb;
  if (se === 0) return { difference, lower: difference, upper: difference, df: a.length + b.length - 2 };
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const q = jStat.studentt.inv(1 - (1 - level) / 2, df);
  return { difference, lower: difference - q * se, upper: difference + q * se, df };
}

function phrasing(what: Sentence, unit: string, voice: Voice): Phrasing {
  return {
    voice,
    subject: { en: 'With massage', es: 'Con masaje' },
    verb: voice === 'client' ? { en: 'her samples had', es: 'sus muestras tenían' } : { en: 'your samples had', es: 'tus muestras tenían' },
    what,
    unit,
    adjustedFor: null,
    things: { en: ['sample', 'samples'], es: ['muestra', 'muestras'] },
    withWord: { en: 'with massage', es: 'con masaje' },
    withoutWord: { en: 'without massage', es: 'sin masaje' },
  };
}

export function compareMeans(withValues: readonly number[], withoutValues: readonly number[], p: Phrasing): MeanDifference {
  const nWith = withValues.length;
  const nWithout = withoutValues.length;
  const needs = { withMassage: Math.max(0, MIN_PER_GROUP - nWith), withoutMassage: Math.max(0, MIN_PER_GROUP - nWithout) };
  const means = { meanWith: nWith ? mean(withValues) : null, meanWithout: nWithout ? mean(withoutValues) : null };
  if (nWith < MIN_PER_GROUP || nWithout < MIN_PER_GROUP) {
    return { status: 'not-enough-data', nWith, nWithout, ...means, difference: null, lower: null, upper: null, df: null, needs, sentence: notEnoughSentence(p, nWith, nWithout, MIN_PER_GROUP) };
  }
  const w = welch(withValues, withoutValues);
  const spansZero = w.lower <= 0 && w.upper >= 0;
  return {
    status: spansZero ? 'unclear' : 'clear',
    nWith,
    nWithout,
    ...means,
    ...w,
    needs,
    sentence: spansZero ? unclearSentence(p, w.lower, w.upper) : clearSentence(p, w.difference, w.lower, w.upper),
  };
}

export const MILK_NOTES: Note[] = [
  {
    text: {
      en: 'Creamatocrit tends to overestimate fat and energy compared with a milk analyser; read these as estimates.',
      es: 'El crematocrito tiende a sobrestimar la grasa y la energía frente a un analizador de leche; tómalos como estimaciones.',
    },
    sources: ['ONEILL13'],
  },
  {
    text: {
      en: 'Readings below 2 % are imprecise: measure such samples twice.',
      es: 'Las lecturas por debajo del 2 % son poco precisas: mide esas muestras dos veces.',
    },
    sources: ['TIE21'],
  },
  {
    text: {
      en: 'Fat varies widely over the day and between foremilk and hindmilk; that variation is normal.',
      es: 'La grasa varía mucho a lo largo del día y entre la leche del principio y la del final de la toma; esa variación es normal.',
    },
    sources: ['MITOULAS02', 'KENT06'],
  },
  {
    // CLINICAL.md §19. The last sentence but one is Lactea's reading, and says so.
    text: {
      en: 'What the massage study found: Japanese mothers using Oketani massage gave milk samples just before and just after it. After massage, total solids were higher at every stage; fat and energy were higher only after 3 months, not before; casein only before 3 months; lactose did not change. It measured the milk, not the babies: that it helps them grow is the authors’ guess. Lactea’s reading, not the authors’: there was no separate comparison for time or milk removal, and fat rises later in any feed, so part of the change may be later milk. The abstract does not say how many mothers took part.',
      es: 'Lo que encontró el estudio sobre masaje: madres japonesas que usaban el masaje Oketani dieron muestras de leche justo antes y justo después. Tras el masaje, los sólidos totales eran mayores en todas las etapas; la grasa y la energía solo después de los 3 meses, no antes; la caseína solo antes de los 3 meses; la lactosa no cambió. Midió la leche, no a los bebés: que les ayude a crecer es una suposición de los autores. Lectura de Lactea, no de los autores: no hubo una comparación aparte para el tiempo o la extracción de leche, y la grasa sube al final de cualquier toma, así que parte del cambio puede deberse a leche del final. El resumen no dice cuántas madres participaron.',
    },
    sources: ['FODA04', 'HONGO07', 'KENT06', 'MITOULAS02'],
  },
];

export function milkQuality(entries: readonly CreamatocritEntry[], voice: Voice = 'own'): MilkQuality {
  const problems = creamatocritProblems(entries);
  if (problems.length > 0) return { ok: false, problems };
  const converted: ConvertedEntry[] = entries.map((e) => ({ ...e, wang: wang(e.cmctPercent, e.frozen), lowPrecision: e.cmctPercent < LOW_CMCT }));
  const comparisons = SAMPLE_TYPES.filter((t) => converted.some((e) => e.sample === t)).map((sample): SampleComparison => {
    const of = (massage: boolean) => converted.filter((e) => e.sample === sample && e.massage === massage);
    const [w, wo] = [of(true), of(false)];
    return {
      sample,
      fat: compareMeans(w.map((e) => e.wang.fatGPerL), wo.map((e) => e.wang.fatGPerL), phrasing({ en: ' fat', es: ' de grasa' }, 'g/L', voice)),
      energy: compareMeans(w.map((e) => e.wang.energyKcalPerL), wo.map((e) => e.wang.energyKcalPerL), phrasing({ en: ' energy', es: ' de energía' }, 'kcal/L', voice)),
    };
  });
  return { ok: true, entries: converted, comparisons, notes: MILK_NOTES };
}
