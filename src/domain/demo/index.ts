/**
 * Synthetic demo data: several weeks of plausible sessions so a newcomer sees insights at once.
 * Pure and seeded: the same options always give the same data. Every session's notes say it is
 * synthetic. The shape follows CLINICAL.md §8: wide normal variation, the right breast giving a
 * little more in about two thirds of pumping sessions, more milk in the morning, and night feeds.
 * Massage has a modest built-in effect so the massage-effect insight has something to find; it is
 * a demonstration, not evidence.
 */
import { ROUTINE_IDS, type RoutineId } from '../routine-ids.js';
import type { Massage, Segment, SessionInput, Side } from '../session.js';
import { toInstant } from '../time.js';
import { withUnknowns, type SymptomAnswers } from '../triage/types.js';
import { mulberry32, type Rng } from './prng.js';

export { mulberry32, type Rng } from './prng.js';

export const DEMO_NOTE = 'Synthetic demo data (lactea demo)';

export interface DemoOptions {
  seed?: number;
  /** How many days back from `endMs`. */
  days?: number;
  /** The data end here (no session ends after it). */
  endMs: number;
  /** Built-in average extra mL per pumping session with massage. */
  massageEffectMl?: number;
  /** Share of pumping sessions with massage. */
  massageShare?: number;
}

export interface DemoSession {
  id: string;
  input: SessionInput;
}

export interface DemoCheck {
  id: string;
  checkedAt: string;
  answers: SymptomAnswers;
}

export interface DemoData {
  sessions: DemoSession[];
  checks: DemoCheck[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function base(kind: SessionInput['kind'], startMs: number, endMs: number): SessionInput {
  return {
    kind,
    babyId: null,
    startedAt: toInstant(startMs),
    endedAt: toInstant(endMs),
    segments: [],
    leftMl: null,
    rightMl: null,
    volumeMl: null,
    milkType: null,
    massage: null,
    painBefore: null,
    painAfter: null,
    fullnessBefore: null,
    fullnessAfter: null,
    notes: DEMO_NOTE,
  };
}

function nursing(rng: Rng, startMs: number): SessionInput {
  const segments: Segment[] = [];
  let side: Side = rng.chance(0.5) ? 'left' : 'right';
  let t = startMs;
  const n = rng.pick([1, 2, 2, 2, 3]);
  for (let i = 0; i < n; i++) {
    const end = t + Math.round(rng.uniform(6, 18)) * MINUTE;
    segments.push({ side, start: toInstant(t), end: toInstant(end) });
    t = end + Math.round(rng.uniform(0, 3)) * MINUTE;
    side = side === 'left' ? 'right' : 'left';
  }
  const last = segments[segments.length - 1] as Segment;
  return { ...base('nurse', startMs, Date.parse(last.end as string)), segments };
}

/** A pump's expected total: more in the morning, a slow rise over the weeks. */
function expectedPumpMl(localHour: number, dayIndex: number): number {
  return 95 + 22 * Math.cos((2 * Math.PI * (localHour - 6)) / 24) + 0.25 * dayIndex;
}

function massageOf(rng: Rng, timing: Massage['timing']): Massage {
  const routineId: RoutineId | null = rng.chance(0.8) ? rng.pick<RoutineId>(['hands-on-pumping', 'let-down', 'hands-on-pumping']) : null;
  const tool = rng.chance(0.25) ? 'massager' : 'hands';
  return { routineId, timing, minutes: rng.int(3, 12), tool, vibration: tool === 'massager' && rng.chance(0.5), heat: false };
}

const CALM: SymptomAnswers = withUnknowns({
  about: ['breast'], side: 'left', where: 2, lump: { present: 'no' }, redness: { present: 'no' }, pain: 1, fluLike: 'no',
  nippleFluid: 'none', possibleAbscess: 'no', skinBreakdown: 'no', feelingVeryUnwell: 'no',
  confusion: 'no', blueOrBlotchySkin: 'no', breathless: 'no', noUrineAllDay: 'no',
  fainting: 'no', fastHeartbeat: 'no', rigors: 'no', feelsVeryCold: 'no', vomitingPreventsMedicine: 'no',
});
const TENDER: SymptomAnswers = { ...CALM, side: 'right', where: 10, pain: 3, lump: { present: 'yes', size: 'small', days: 1, sameSpotBefore: 'no' }, hoursSinceOnset: 8 };

/**
 * Sessions for `days` days ending at `endMs`, in UTC hours shifted by `utcOffsetHours` so the
 * rhythm looks local (the default suits Europe, which is enough for a demonstration).
 */
export function generateDemo(opts: DemoOptions & { utcOffsetHours?: number }): DemoData {
  const rng = mulberry32(opts.seed ?? 20261123);
  const days = opts.days ?? 28;
  const effect = opts.massageEffectMl ?? 10;
  const share = opts.massageShare ?? 0.35;
  const offset = (opts.utcOffsetHours ?? 1) * HOUR;
  const firstMidnight = Math.floor((opts.endMs + offset) / DAY) * DAY - (days - 1) * DAY - offset;
  const sessions: DemoSession[] = [];
  const add = (input: SessionInput) => {
    if (Date.parse(input.endedAt as string) <= opts.endMs) sessions.push({ id: rng.uuid(), input });
  };
  const routines = ROUTINE_IDS;
  for (let d = 0; d < days; d++) {
    const midnight = firstMidnight + d * DAY;
    // Nursing about every 2–3 hours, night feeds included (with the bottle, about 10 feeds a day: CLINICAL.md §8).
    for (let t = midnight + rng.uniform(0.5, 2) * HOUR; t < midnight + DAY; t += rng.uniform(2, 3) * HOUR) add(nursing(rng, Math.round(t / MINUTE) * MINUTE));
    // Pumping at roughly fixed times, each a little early or late.
    for (const hour of [7, 12, 17, 21]) {
      if (rng.chance(0.12)) continue;
      const localHour = hour + rng.normal(0, 0.8);
      const start = Math.round((midnight + localHour * HOUR) / MINUTE) * MINUTE;
      const end = start + rng.int(12, 25) * MINUTE;
      const withMassage = rng.chance(share);
      const total = Math.max(10, expectedPumpMl(localHour, d) + (withMassage ? effect : 0) + rng.normal(0, 22));
      // The right side a little ahead in about two thirds of sessions (mean difference ~6 mL).
      const diff = rng.normal(5, 12);
      const oneSide = rng.chance(0.08);
      const input: SessionInput = { ...base('pump', start, end), leftMl: Math.max(0, Math.round((total - diff) / 2)), rightMl: Math.max(0, Math.round((total + diff) / 2)) };
      if (oneSide) {
        if (rng.chance(0.5)) input.rightMl = null;
        else input.leftMl = null;
      }
      if (withMassage) {
        if (rng.chance(0.2)) add({ ...base('massage', start - rng.int(8, 15) * MINUTE, start - rng.int(0, 5) * MINUTE), massage: massageOf(rng, 'before') });
        else input.massage = massageOf(rng, rng.pick(['before', 'during', 'during']));
      }
      add(input);
    }
    // One bottle of expressed milk most days, given by someone else.
    if (rng.chance(0.8)) {
      const start = Math.round((midnight + rng.uniform(18, 20) * HOUR) / MINUTE) * MINUTE;
      add({ ...base('bottle', start, start + rng.int(10, 20) * MINUTE), volumeMl: rng.int(6, 12) * 10, milkType: 'breast' });
    }
    // Now and then a massage on its own (e.g. for comfort), not tied to pumping.
    if (rng.chance(0.1)) {
      const start = Math.round((midnight + rng.uniform(9, 16) * HOUR) / MINUTE) * MINUTE;
      add({ ...base('massage', start, start + rng.int(5, 10) * MINUTE), massage: { ...massageOf(rng, 'before'), routineId: rng.pick(routines) } });
    }
  }
  const checks: DemoCheck[] = [];
  const checkDays = [Math.floor(days * 0.3), Math.floor(days * 0.3) + 1, Math.floor(days * 0.8)];
  checkDays.forEach((d, i) => {
    const at = firstMidnight + d * DAY + 10 * HOUR + rng.int(0, 120) * MINUTE;
    if (at <= opts.endMs) checks.push({ id: rng.uuid(), checkedAt: toInstant(at), answers: i === 0 ? TENDER : CALM });
  });
  return { sessions, checks };
}
