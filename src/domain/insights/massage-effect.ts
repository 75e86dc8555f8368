/**
 * "Does massage help me?" — the model, in words.
 *
 * Sessions: every finished pumping session with a volume entered for at least one side. Its outcome
 * is the volume pumped in that session (left + right, mL).
 *
 * With massage: the session has massage attached that was done before or during pumping, or a
 * massage-only session ended at most 30 minutes before the pumping began (or was still going on when
 * it began). Massage logged as done *after* pumping cannot have changed that session's volume, so such
 * a session counts as without massage.
 *
 * The model is an ordinary least-squares regression of session volume on
 *   - an intercept,
 *   - the trend over days: days since the first session in the data (a straight line),
 *   - time of day as a smooth daily cycle: sin and cos of 2πh/24 and of 4πh/24, where h is the local
 *     hour with minutes when the session started (two harmonics let the cycle have a morning peak and
 *     an uneven shape without one parameter per hour),
 *   - whether only one side was pumped (a one-sided session yields less, whatever else happened),
 *   - the massage indicator (1 with massage, 0 without).
 * The massage coefficient is the average difference in volume per session with massage compared with
 * sessions without, at the same time of day and point in the trend. Its 95% interval uses the t
 * quantile on the residual degrees of freedom (n − number of fitted coefficients). Sessions of one
 * day are not independent (that day's sleep, fluids and baby), and massage is often done on some days
 * and not others; so the standard error is the larger of the usual one and one clustered by local day
 * (cluster-robust, CR1), and with the clustered one the t quantile uses min(residual df, days − 1).
 * Without that, in simulations where massage went by whole days and days differed, the usual 95%
 * interval covered the truth only about 78% of the time. As a percentage it is
 * divided by the model's average volume without massage (the mean fitted volume with the indicator
 * set to 0 for every session).
 *
 * Honesty rules: fewer than 8 sessions either way → 'not-enough-data', with what to log; an interval
 * that contains 0 → 'unclear', with a sentence that claims no difference; massage that cannot be told
 * apart from time of day and the trend (e.g. massage always at 07:00 and never at any other time) →
 * 'singular-design'. Covariates that carry no information (all sessions at one hour, all on one day,
 * every session two-sided) are left out and listed, never turned into NaN. The sentences say "on
 * average … more/less", never that massage caused it: sessions were not randomised.
 */
import { pumpedMl } from '../session.js';
import { instantMs, localDate } from '../time.js';
import { LocalClock } from './clock.js';
import type { LoggedSession } from './daily.js';
import { adjustedDifference, type Covariate } from './ols.js';
import { isMeasuredPump } from './rhythm.js';
import { fromMl, type VolumeUnit } from '../units.js';
import { clearSentence, notEnoughSentence, type Phrasing, type Sentence, unclearSentence, type Voice } from './sentences.js';

/** Fewest sessions on each side of a comparison before a result is given. */
export const MIN_PER_GROUP = 8;
/** A massage-only session counts for a pumping session that begins at most this long after it ends. */
export const MASSAGE_WINDOW_MINUTES = 30;

export type EffectStatus = 'clear' | 'unclear' | 'not-enough-data' | 'singular-design';

export type Adjustment = 'time-of-day' | 'trend' | 'one-side';

export interface EffectResult {
  status: EffectStatus;
  nWith: number;
  nWithout: number;
  /** Adjusted difference with massage minus without, mL per session; null unless clear or unclear. */
  differenceMl: number | null;
  lowerMl: number | null;
  upperMl: number | null;
  /** The difference as % of the model's average volume without massage. */
  percentOfBaseline: number | null;
  baselineMl: number | null;
  standardErrorMl: number | null;
  /** 'cluster-robust' when the day-clustered standard error was the larger one and was used. */
  standardErrorKind: 'ols' | 'cluster-robust' | null;
  df: number | null;
  /** What the estimate is adjusted for; a covariate with no information in the data is not listed. */
  adjustedFor: Adjustment[];
  /** How many more sessions of each kind would reach the minimum. */
  needs: { withMassage: number; withoutMassage: number };
  sentence: Sentence;
}

export interface RoutineEffect {
  routineId: string;
  result: EffectResult;
}

export interface MassageEffect {
  overall: EffectResult;
  /** Each routine's sessions against sessions without massage. */
  byRoutine: RoutineEffect[];
  minPerGroup: number;
}

export interface PumpObservation {
  startMs: number;
  volumeMl: number;
  oneSide: boolean;
  massage: boolean;
  /** Routine of the massage that counted, or null (free-form, or none). */
  routineId: string | null;
}

/** The pumping sessions of a log as observations, each with whether massage counts for it. */
export function pumpObservations(sessions: readonly LoggedSession[]): PumpObservation[] {
  const massages = sessions
    .filter((s) => !s.deletedAt && s.kind === 'massage' && s.endedAt !== null)
    .map((s) => ({ start: instantMs(s.startedAt), end: instantMs(s.endedAt as string), routineId: s.massage?.routineId ?? null }))
    .sort((a, b) => a.end - b.end);
  const window = MASSAGE_WINDOW_MINUTES * 60_000;
  const out: PumpObservation[] = [];
  for (const s of sessions) {
    if (!isMeasuredPump(s)) continue;
    const startMs = instantMs(s.startedAt);
    let massage = false;
    let routineId: string | null = null;
    if (s.massage && s.massage.timing !== 'after') {
      massage = true;
      routineId = s.massage.routineId;
    } else {
      // The latest massage-only session that began by the pump's start and ended within the window before it.
      let lo = 0;
      let hi = massages.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((massages[mid] as { end: number }).end < startMs - window) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < massages.length; i++) {
        const m = massages[i] as { start: number; end: number; routineId: string | null };
        if (m.start <= startMs) {
          massage = true;
          routineId = m.routineId;
        }
        if (m.end > startMs + 86_400_000) break;
      }
    }
    out.push({ startMs, volumeMl: pumpedMl(s), oneSide: s.leftMl === null || s.rightMl === null, massage, routineId });
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

const PUMP_PHRASING = (subject: Sentence, withWord: Sentence, unit: VolumeUnit, voice: Voice): Omit<Phrasing, 'adjustedFor'> => ({
  voice,
  subject,
  verb: voice === 'client' ? { en: 'she pumped', es: 'se extrajo' } : { en: 'you pumped', es: 'te extrajiste' },
  what: { en: ' per session', es: ' por sesión' },
  unit: unit === 'ml' ? 'mL' : 'fl oz',
  things: { en: ['session', 'sessions'], es: ['sesión', 'sesiones'] },
  withWord,
  withoutWord: { en: 'without massage', es: 'sin masaje' },
});

function adjustmentPhrase(adj: readonly Adjustment[]): Sentence | null {
  const en: string[] = [];
  const es: string[] = [];
  if (adj.includes('time-of-day')) {
    en.push('time of day');
    es.push('la hora del día');
  }
  if (adj.includes('trend')) {
    en.push('the trend over days');
    es.push('la tendencia a lo largo de los días');
  }
  if (adj.includes('one-side')) {
    en.push('sessions with only one side pumped');
    es.push('las sesiones de un solo pecho');
  }
  if (en.length === 0) return null;
  const join = (xs: string[], and: string) => (xs.length === 1 ? (xs[0] as string) : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1] as string}`);
  return { en: join(en, 'and'), es: join(es, 'y') };
}

function singularSentence(p: Omit<Phrasing, 'adjustedFor'>): Sentence {
  return {
    en:
      `Sessions ${p.withWord.en} and ${p.withoutWord.en} happened at such different times of day (or on such different days) that their difference cannot be ` +
      `told apart from the daily rhythm and the trend. Pumping both with and without massage at similar times of day would make a comparison possible.`,
    es:
      `Las sesiones ${p.withWord.es} y ${p.withoutWord.es} ocurrieron a horas (o en días) tan distintas que su diferencia no se puede separar del ritmo diario ` +
      `ni de la tendencia. ${p.voice === 'client' ? 'Extraerse' : 'Extraerte'} con y sin masaje a horas parecidas permitiría compararlas.`,
  };
}

const HARMONICS = ['sin 2πh/24', 'cos 2πh/24', 'sin 4πh/24', 'cos 4πh/24'];

/** The model for a set of observations, the indicator taken from `isWith`; others (neither group) are left out. */
export function effectOf(
  obs: readonly PumpObservation[],
  hourOf: (ms: number) => number,
  dayOf: (ms: number) => number,
  isWith: (o: PumpObservation) => boolean,
  isWithout: (o: PumpObservation) => boolean,
  phrasing: Omit<Phrasing, 'adjustedFor'>,
  unit: VolumeUnit = 'ml',
): EffectResult {
  const rows = obs.filter((o) => isWith(o) || isWithout(o));
  const nWith = rows.filter(isWith).length;
  const nWithout = rows.length - nWith;
  const needs = { withMassage: Math.max(0, MIN_PER_GROUP - nWith), withoutMassage: Math.max(0, MIN_PER_GROUP - nWithout) };
  const base = { nWith, nWithout, differenceMl: null, lowerMl: null, upperMl: null, percentOfBaseline: null, baselineMl: null, standardErrorMl: null, standardErrorKind: null, df: null, needs };
  if (nWith < MIN_PER_GROUP || nWithout < MIN_PER_GROUP) {
    return { ...base, status: 'not-enough-data', adjustedFor: [], sentence: notEnoughSentence({ ...phrasing, adjustedFor: null }, nWith, nWithout, MIN_PER_GROUP) };
  }
  const n = rows.length;
  const first = (rows[0] as PumpObservation).startMs;
  const trend = new Float64Array(n);
  const h1s = new Float64Array(n);
  const h1c = new Float64Array(n);
  const h2s = new Float64Array(n);
  const h2c = new Float64Array(n);
  const oneSide = new Float64Array(n);
  const target = new Float64Array(n);
  const y = new Float64Array(n);
  const days = new Int32Array(n);
  rows.forEach((o, i) => {
    const a = (2 * Math.PI * hourOf(o.startMs)) / 24;
    trend[i] = (o.startMs - first) / 86_400_000;
    h1s[i] = Math.sin(a);
    h1c[i] = Math.cos(a);
    h2s[i] = Math.sin(2 * a);
    h2c[i] = Math.cos(2 * a);
    oneSide[i] = o.oneSide ? 1 : 0;
    target[i] = isWith(o) ? 1 : 0;
    y[i] = o.volumeMl;
    days[i] = dayOf(o.startMs);
  });
  const covariates: Covariate[] = [
    { name: 'trend', values: trend },
    { name: HARMONICS[0] as string, values: h1s },
    { name: HARMONICS[1] as string, values: h1c },
    { name: HARMONICS[2] as string, values: h2s },
    { name: HARMONICS[3] as string, values: h2c },
    { name: 'one-side', values: oneSide },
  ];
  const fit = adjustedDifference(covariates, target, y, { clusters: days });
  const adjustedFor: Adjustment[] = [];
  if (fit.used.some((u) => HARMONICS.includes(u))) adjustedFor.push('time-of-day');
  if (fit.used.includes('trend')) adjustedFor.push('trend');
  if (fit.used.includes('one-side')) adjustedFor.push('one-side');
  if (fit.status === 'singular') return { ...base, status: 'singular-design', adjustedFor, sentence: singularSentence(phrasing) };
  const p: Phrasing = { ...phrasing, adjustedFor: adjustmentPhrase(adjustedFor) };
  const spansZero = fit.lower <= 0 && fit.upper >= 0;
  return {
    ...base,
    status: spansZero ? 'unclear' : 'clear',
    differenceMl: fit.estimate,
    lowerMl: fit.lower,
    upperMl: fit.upper,
    baselineMl: fit.baselineMean,
    percentOfBaseline: fit.baselineMean > 0 ? (100 * fit.estimate) / fit.baselineMean : null,
    standardErrorMl: fit.standardError,
    standardErrorKind: fit.errorKind,
    df: fit.df,
    adjustedFor,
    // The numbers stay in mL; only the sentence speaks her unit.
    sentence: spansZero
      ? unclearSentence(p, fromMl(fit.lower, unit), fromMl(fit.upper, unit))
      : clearSentence(p, fromMl(fit.estimate, unit), fromMl(fit.lower, unit), fromMl(fit.upper, unit)),
  };
}

/**
 * The massage effect over a log, in a time zone (for the local hour of each session). Routines are
 * compared one by one with sessions without massage; a routine appears once it has any session.
 */
export function massageEffect(sessions: readonly LoggedSession[], timeZone: string, unit: VolumeUnit = 'ml', voice: Voice = 'own'): MassageEffect {
  const obs = pumpObservations(sessions);
  const firstObs = obs[0];
  const lastObs = obs[obs.length - 1];
  const clock = firstObs && lastObs ? new LocalClock(timeZone, localDate(firstObs.startMs, timeZone), localDate(lastObs.startMs, timeZone)) : null;
  const hourOf = (ms: number) => (clock ? clock.hourOf(ms) : 0);
  const dayOf = (ms: number) => (clock ? clock.dayIndex(ms) : 0);
  const massageWord = { en: 'with massage', es: 'con masaje' };
  const overall = effectOf(obs, hourOf, dayOf, (o) => o.massage, (o) => !o.massage, PUMP_PHRASING({ en: 'With massage', es: 'Con masaje' }, massageWord, unit, voice), unit);
  const routines = [...new Set(obs.flatMap((o) => (o.massage && o.routineId !== null ? [o.routineId] : [])))].sort();
  const byRoutine = routines.map((routineId) => ({
    routineId,
    result: effectOf(
      obs,
      hourOf,
      dayOf,
      (o) => o.massage && o.routineId === routineId,
      (o) => !o.massage,
      PUMP_PHRASING({ en: 'With this routine', es: 'Con esta rutina' }, { en: 'with this routine', es: 'con esta rutina' }, unit, voice),
      unit,
    ),
  }));
  return { overall, byRoutine, minPerGroup: MIN_PER_GROUP };
}
