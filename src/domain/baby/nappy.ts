/**
 * A nappy change: wet, dirty or both, with an optional colour for a dirty one and "pink urates" for
 * a wet one (CLINICAL.md §12). Counted per day against the table in nappy-table.ts.
 */
import { LIMITS } from '../limits.js';
import type { FieldProblem, RecordMeta } from '../record.js';
import { instantMs, type Instant } from '../time.js';

export const NAPPY_KINDS = ['wet', 'dirty', 'both'] as const;
export type NappyKind = (typeof NAPPY_KINDS)[number];

/** What a dirty nappy looks like, in the order the table's rows expect them: meconium, changing, yellow; pale is a warning sign. */
export const STOOL_COLOURS = ['meconium', 'changing', 'yellow', 'pale'] as const;
export type StoolColour = (typeof STOOL_COLOURS)[number];

export interface NappyInput {
  babyId: string;
  changedAt: Instant;
  kind: NappyKind;
  /** Only for a dirty nappy (or both); null when not noted. */
  colour: StoolColour | null;
  /** Only for a wet nappy (or both): pink or orange crystals (urates) in it. */
  pinkUrates: boolean;
  notes: string;
}

export interface Nappy extends NappyInput, RecordMeta {}

export const isWet = (n: Pick<NappyInput, 'kind'>): boolean => n.kind !== 'dirty';
export const isDirty = (n: Pick<NappyInput, 'kind'>): boolean => n.kind !== 'wet';

/** Checks across fields (shapes and single-field ranges are the schema's). */
export function nappyProblems(n: NappyInput, nowMs: number): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (instantMs(n.changedAt) > nowMs + LIMITS.maxFutureSkewMinutes * 60_000) out.push({ field: 'changedAt', code: 'in_future', message: 'must not be in the future' });
  if (n.colour !== null && !isDirty(n)) out.push({ field: 'colour', code: 'not_for_kind', message: 'only a dirty nappy has a colour' });
  if (n.pinkUrates && !isWet(n)) out.push({ field: 'pinkUrates', code: 'not_for_kind', message: 'only a wet nappy can show pink urates' });
  return out;
}

/** The client-controlled fields, in a fixed order (for comparing a repeated PUT). */
export function toNappyInput(n: NappyInput): NappyInput {
  return { babyId: n.babyId, changedAt: n.changedAt, kind: n.kind, colour: n.colour, pinkUrates: n.pinkUrates, notes: n.notes };
}

export interface NappyCounts {
  wet: number;
  dirty: number;
  /** Changes logged (a "both" counts once here, and in wet and in dirty). */
  changes: number;
}

/** Counts of the nappies changed in [start, end) (deleted ones left out). */
export function countNappies(nappies: readonly Pick<Nappy, 'kind' | 'changedAt' | 'deletedAt'>[], window: { start: number; end: number }): NappyCounts {
  const c: NappyCounts = { wet: 0, dirty: 0, changes: 0 };
  for (const n of nappies) {
    if (n.deletedAt) continue;
    const t = instantMs(n.changedAt);
    if (t < window.start || t >= window.end) continue;
    c.changes += 1;
    if (isWet(n)) c.wet += 1;
    if (isDirty(n)) c.dirty += 1;
  }
  return c;
}

const DAY_MS = 24 * 3_600_000;

/**
 * Where her nappy log begins: the first nappy changed since `fromMs` and not after `nowMs` (deleted
 * ones left out); null when there is none. A log that paused for longer than `nowMs − fromMs` starts
 * again at the first nappy after the pause.
 */
export function nappyLogSince(nappies: readonly Pick<Nappy, 'changedAt' | 'deletedAt'>[], fromMs: number, nowMs: number): number | null {
  let first: number | null = null;
  for (const n of nappies) {
    if (n.deletedAt) continue;
    const t = instantMs(n.changedAt);
    if (t >= fromMs && t <= nowMs && (first === null || t < first)) first = t;
  }
  return first;
}

/** The last 24 hours of nappies as her log tells them. */
export interface LastDayNappies {
  /** Changed in the last 24 hours (up to and including now). */
  counts: NappyCounts;
  /**
   * Her nappy log covers the whole 24 hours (it began at or before their start). Only then are the
   * counts the baby's: hours before she started logging are unknown, not zeros.
   */
  covered: boolean;
  /** A wet nappy in the last 24 hours was logged with pink or orange urates (a sign seen, whatever the log covers). */
  pinkUrates: boolean;
  /** When the latest wet nappy of the last 24 hours was logged (ms); null: none logged in them. */
  lastWetMs: number | null;
}

/** The last 24 hours before `nowMs` from the nappies logged since `fromMs` (see `nappyLogSince`). */
export function lastDayOfNappies(nappies: readonly Pick<Nappy, 'kind' | 'changedAt' | 'deletedAt' | 'pinkUrates'>[], nowMs: number, fromMs: number): LastDayNappies {
  const window = { start: nowMs - DAY_MS, end: nowMs + 1 };
  const since = nappyLogSince(nappies, fromMs, nowMs);
  const inWindow = nappies.filter((n) => {
    const t = instantMs(n.changedAt);
    return !n.deletedAt && t >= fromMs && t >= window.start && t < window.end;
  });
  return {
    counts: countNappies(inWindow, window),
    covered: since !== null && since <= window.start,
    pinkUrates: inWindow.some((n) => isWet(n) && n.pinkUrates),
    lastWetMs: inWindow.filter(isWet).reduce<number | null>((latest, n) => Math.max(latest ?? 0, instantMs(n.changedAt)), null),
  };
}
