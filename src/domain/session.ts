/**
 * The log's one record type, a *session*: nursing, pumping, a bottle, or massage on its own.
 * Pure functions for the nursing timer, validation across fields, and derived values.
 */
import { LIMITS } from './limits.js';
import type { FieldIssue } from './error-codes.js';
import type { FieldProblem, RecordMeta } from './record.js';
import { instantMs, type Instant, toInstant } from './time.js';

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];
export const SESSION_KINDS = ['nurse', 'pump', 'bottle', 'massage'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const MILK_TYPES = ['breast', 'formula', 'mixed'] as const;
export type MilkType = (typeof MILK_TYPES)[number];
export const MASSAGE_TIMINGS = ['before', 'during', 'after'] as const;
export type MassageTiming = (typeof MASSAGE_TIMINGS)[number];
export const MASSAGE_TOOLS = ['hands', 'massager'] as const;
export type MassageTool = (typeof MASSAGE_TOOLS)[number];

/** One stretch of nursing on one side; `end` is null while it runs. */
export interface Segment {
  side: Side;
  start: Instant;
  end: Instant | null;
}

export interface Massage {
  /** Id of a routine from the library, or null for free-form massage. */
  routineId: string | null;
  timing: MassageTiming;
  minutes: number;
  tool: MassageTool;
  /** Only meaningful with tool = 'massager'. */
  vibration: boolean;
  heat: boolean;
}

/** What a client sends to create or replace a session. Volumes in mL, instants in UTC. */
export interface SessionInput {
  kind: SessionKind;
  babyId: string | null;
  startedAt: Instant;
  /** Null while a nursing or pumping timer runs. */
  endedAt: Instant | null;
  /** Nursing only: the side segments, in order. */
  segments: Segment[];
  /** Pumping only: mL from each breast (null = that side was not pumped). */
  leftMl: number | null;
  rightMl: number | null;
  /** Bottle only. */
  volumeMl: number | null;
  milkType: MilkType | null;
  massage: Massage | null;
  painBefore: number | null;
  painAfter: number | null;
  fullnessBefore: number | null;
  fullnessAfter: number | null;
  notes: string;
}

/** A stored session: the input plus who, when, its version and a soft-delete mark (see record.ts). */
export interface Session extends SessionInput, RecordMeta {}

/** A bad field whose code is always known. */
export type CodedProblem = FieldProblem & FieldIssue;

export type { FieldProblem };

/** A blank input of a kind, for forms. */
export function emptySessionInput(kind: SessionKind, now: Instant): SessionInput {
  return {
    kind,
    babyId: null,
    startedAt: now,
    endedAt: kind === 'nurse' ? null : now,
    segments: [],
    leftMl: null,
    rightMl: null,
    volumeMl: null,
    milkType: kind === 'bottle' ? 'breast' : null,
    massage: null,
    painBefore: null,
    painAfter: null,
    fullnessBefore: null,
    fullnessAfter: null,
    notes: '',
  };
}

/**
 * Checks that span fields (shapes and ranges of single fields are checked by the schema).
 * Returns every problem found, each naming its field.
 */
export function sessionProblems(s: SessionInput, nowMs: number): CodedProblem[] {
  const out: CodedProblem[] = [];
  const start = instantMs(s.startedAt);
  const end = s.endedAt === null ? null : instantMs(s.endedAt);
  if (start > nowMs + LIMITS.maxFutureSkewMinutes * 60_000) {
    out.push({ field: 'startedAt', code: 'in_future', message: 'must not be in the future' });
  }
  if (end !== null) {
    if (end < start) out.push({ field: 'endedAt', code: 'end_before_start', message: 'must not be before startedAt' });
    else if (end - start > LIMITS.maxSessionHours * 3_600_000) {
      out.push({ field: 'endedAt', code: 'session_too_long', params: { max: LIMITS.maxSessionHours }, message: `a session may last at most ${LIMITS.maxSessionHours} hours` });
    }
  }
  if (s.kind !== 'nurse' && s.kind !== 'pump' && s.segments.length > 0) {
    out.push({ field: 'segments', code: 'not_for_kind', message: 'only nursing and pumping sessions have side segments' });
  }
  if (s.kind !== 'pump' && (s.leftMl !== null || s.rightMl !== null)) {
    out.push({ field: s.leftMl !== null ? 'leftMl' : 'rightMl', code: 'not_for_kind', message: 'only pumping sessions have per-side volumes' });
  }
  if (s.kind !== 'bottle' && (s.volumeMl !== null || s.milkType !== null)) {
    out.push({ field: s.volumeMl !== null ? 'volumeMl' : 'milkType', code: 'not_for_kind', message: 'only bottle feeds have a volume and milk type' });
  }
  if (s.kind === 'bottle') {
    if (s.volumeMl === null) out.push({ field: 'volumeMl', code: 'required', message: 'a bottle feed needs a volume' });
    if (s.milkType === null) out.push({ field: 'milkType', code: 'required', message: 'a bottle feed needs a milk type' });
  }
  if (s.kind === 'pump' && s.leftMl === null && s.rightMl === null) {
    if (s.endedAt !== null) out.push({ field: 'leftMl', code: 'side_volume_needed', message: 'a finished pumping session needs a volume for at least one side' });
  }
  if (s.kind === 'massage') {
    if (s.massage === null) out.push({ field: 'massage', code: 'required', message: 'a massage session needs massage details' });
    if (s.endedAt === null) out.push({ field: 'endedAt', code: 'required', message: 'a massage session needs an end' });
  }
  if (s.kind === 'bottle' && s.endedAt === null) {
    out.push({ field: 'endedAt', code: 'required', message: 'a bottle feed needs an end' });
  }
  if (s.massage && s.massage.tool === 'hands' && (s.massage.vibration || s.massage.heat)) {
    out.push({ field: 'massage.tool', code: 'massager_needed', message: 'vibration and heat need a massager' });
  }
  if (s.kind === 'nurse') out.push(...segmentProblems(s.segments, start, end));
  if (s.kind === 'pump') out.push(...pumpSegmentProblems(s.segments, start, end));
  return out;
}

/** Nursing: one breast at a time, so the segments follow each other without overlapping. */
function segmentProblems(segments: readonly Segment[], start: number, end: number | null, index: (i: number) => number = (i) => i): CodedProblem[] {
  const out: CodedProblem[] = [];
  let prevEnd = start;
  segments.forEach((seg, j) => {
    const i = index(j);
    const a = instantMs(seg.start);
    const b = seg.end === null ? null : instantMs(seg.end);
    const field = `segments.${i}`;
    if (a < prevEnd) out.push({ field: `${field}.start`, code: 'segment_order', message: 'segments must be in order, after startedAt, and must not overlap' });
    if (b !== null && b < a) out.push({ field: `${field}.end`, code: 'end_before_start', message: 'must not be before the segment start' });
    if (b === null && j !== segments.length - 1) out.push({ field: `${field}.end`, code: 'segment_running', message: 'only the last segment may be running' });
    if (b === null && end !== null) out.push({ field: `${field}.end`, code: 'segment_running', message: 'a finished session cannot have a running segment' });
    if (end !== null && (b ?? a) > end) out.push({ field: `${field}.end`, code: 'segment_order', message: 'must not be after endedAt' });
    prevEnd = b ?? a;
  });
  return out;
}

/**
 * Pumping: both breasts may be pumped at once, so each side's segments are checked as nursing's
 * are (in order, not overlapping, only the last one running), and the list is in order of start.
 */
function pumpSegmentProblems(segments: readonly Segment[], start: number, end: number | null): CodedProblem[] {
  const out: CodedProblem[] = [];
  segments.forEach((seg, i) => {
    const prev = segments[i - 1];
    if (prev && instantMs(seg.start) < instantMs(prev.start)) out.push({ field: `segments.${i}.start`, code: 'segment_order', message: 'segments must be in order of their start' });
  });
  for (const side of SIDES) {
    const indexes = segments.flatMap((g, i) => (g.side === side ? [i] : []));
    out.push(...segmentProblems(indexes.map((i) => segments[i] as Segment), start, end, (j) => indexes[j] ?? j));
  }
  return out.sort((a, b) => a.field.localeCompare(b.field, 'en', { numeric: true }));
}

// ---- The nursing timer. Each function returns new segments; callers PUT them. ----

export function openSegment(segments: readonly Segment[]): Segment | null {
  const last = segments[segments.length - 1];
  return last && last.end === null ? last : null;
}

export function currentSide(segments: readonly Segment[]): Side | null {
  return openSegment(segments)?.side ?? null;
}

export function lastSide(segments: readonly Segment[]): Side | null {
  return segments[segments.length - 1]?.side ?? null;
}

function closeOpen(segments: readonly Segment[], now: Instant): Segment[] {
  return segments.map((s) => (s.end === null ? { ...s, end: now } : s));
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

export function startSegments(side: Side, now: Instant): Segment[] {
  return [{ side, start: now, end: null }];
}

/** Ends the running side and starts the other one (or `to`). */
export function switchSide(segments: readonly Segment[], now: Instant, to?: Side): Segment[] {
  const from = lastSide(segments) ?? 'left';
  return [...closeOpen(segments, now), { side: to ?? otherSide(from), start: now, end: null }];
}

export function pauseSegments(segments: readonly Segment[], now: Instant): Segment[] {
  return closeOpen(segments, now);
}

export function resumeSegments(segments: readonly Segment[], now: Instant, side?: Side): Segment[] {
  if (openSegment(segments)) return [...segments];
  return [...segments, { side: side ?? lastSide(segments) ?? 'left', start: now, end: null }];
}

export function isPaused(s: Pick<SessionInput, 'kind' | 'endedAt' | 'segments'>): boolean {
  return s.kind === 'nurse' && s.endedAt === null && openSegment(s.segments) === null;
}

export function isRunning(s: Pick<SessionInput, 'endedAt'>): boolean {
  return s.endedAt === null;
}

/** Seconds nursed on each side, counting a running segment up to `nowMs`. */
export function sideSeconds(segments: readonly Segment[], nowMs: number, clip?: { start: number; end: number }): Record<Side, number> {
  const out: Record<Side, number> = { left: 0, right: 0 };
  for (const seg of segments) {
    let a = instantMs(seg.start);
    let b = seg.end === null ? nowMs : instantMs(seg.end);
    if (clip) {
      a = Math.max(a, clip.start);
      b = Math.min(b, clip.end);
    }
    if (b > a) out[seg.side] += (b - a) / 1000;
  }
  return out;
}

/**
 * A nursing session logged after the fact: `firstSide` for its minutes from `startMs`, then the
 * other side for its minutes. A side with 0 minutes is left out.
 */
export function segmentsFromMinutes(startMs: number, firstSide: Side, minutes: Record<Side, number>): Segment[] {
  const out: Segment[] = [];
  let at = startMs;
  for (const side of [firstSide, otherSide(firstSide)]) {
    const ms = Math.round(minutes[side] * 60_000);
    if (ms <= 0) continue;
    out.push({ side, start: toInstant(at), end: toInstant(at + ms) });
    at += ms;
  }
  return out;
}

/** Stops a session: closes a running segment and sets the end. */
export function stopSession<T extends SessionInput>(s: T, now: Instant): T {
  return { ...s, segments: closeOpen(s.segments, now), endedAt: now };
}

export function nowInstant(): Instant {
  return toInstant(Date.now());
}

/** Pumped total of a session in mL (0 when none). */
export function pumpedMl(s: Pick<SessionInput, 'leftMl' | 'rightMl'>): number {
  return (s.leftMl ?? 0) + (s.rightMl ?? 0);
}

/** The client-controlled fields of a stored session, as an input. */
export function toSessionInput(s: SessionInput): SessionInput {
  return {
    kind: s.kind,
    babyId: s.babyId,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    segments: s.segments.map((g) => ({ side: g.side, start: g.start, end: g.end })),
    leftMl: s.leftMl,
    rightMl: s.rightMl,
    volumeMl: s.volumeMl,
    milkType: s.milkType,
    massage: s.massage
      ? {
          routineId: s.massage.routineId,
          timing: s.massage.timing,
          minutes: s.massage.minutes,
          tool: s.massage.tool,
          vibration: s.massage.vibration,
          heat: s.massage.heat,
        }
      : null,
    painBefore: s.painBefore,
    painAfter: s.painAfter,
    fullnessBefore: s.fullnessBefore,
    fullnessAfter: s.fullnessAfter,
    notes: s.notes,
  };
}

/** True when two inputs would store the same record (a repeated PUT is then a no-op). */
export function sameSessionInput(a: SessionInput, b: SessionInput): boolean {
  return JSON.stringify(toSessionInput(a)) === JSON.stringify(toSessionInput(b));
}
