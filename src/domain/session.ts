/**
 * The log's one record type, a *session*: nursing, pumping, a bottle, or massage on its own.
 * Pure functions for the nursing timer, validation across fields, and derived values.
 */
import { fieldIssue, type FieldCode, type FieldIssue, type FieldParams } from './error-codes.js';
import { LIMITS } from './limits.js';
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

export interface Session extends SessionInput {
  id: string;
  householdId: string;
  /** Starts at 1; every accepted change adds 1. An edit must carry the version it read. */
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
  createdBy: string;
  deletedAt: Instant | null;
}

/** A bad field: its path, why in English, and (where known) a stable code with its numbers. */
export interface FieldProblem {
  field: string;
  message: string;
  code?: FieldCode;
  params?: FieldParams;
}

/** A bad field whose code is always known. */
export type CodedProblem = FieldProblem & FieldIssue;

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
  const problem = (field: string, code: FieldCode, message: string, params?: FieldParams): void => {
    out.push({ field, ...fieldIssue(code, message, params) });
  };
  const start = instantMs(s.startedAt);
  const end = s.endedAt === null ? null : instantMs(s.endedAt);
  if (start > nowMs + LIMITS.maxFutureSkewMinutes * 60_000) {
    problem('startedAt', 'in_future', 'must not be in the future');
  }
  if (end !== null) {
    if (end < start) problem('endedAt', 'end_before_start', 'must not be before startedAt');
    else if (end - start > LIMITS.maxSessionHours * 3_600_000) {
      problem('endedAt', 'session_too_long', `a session may last at most ${LIMITS.maxSessionHours} hours`, { max: LIMITS.maxSessionHours });
    }
  }
  if (s.kind !== 'nurse' && s.segments.length > 0) {
    problem('segments', 'not_for_kind', 'only nursing sessions have side segments');
  }
  if (s.kind !== 'pump' && (s.leftMl !== null || s.rightMl !== null)) {
    problem(s.leftMl !== null ? 'leftMl' : 'rightMl', 'not_for_kind', 'only pumping sessions have per-side volumes');
  }
  if (s.kind !== 'bottle' && (s.volumeMl !== null || s.milkType !== null)) {
    problem(s.volumeMl !== null ? 'volumeMl' : 'milkType', 'not_for_kind', 'only bottle feeds have a volume and milk type');
  }
  if (s.kind === 'bottle') {
    if (s.volumeMl === null) problem('volumeMl', 'required', 'a bottle feed needs a volume');
    if (s.milkType === null) problem('milkType', 'required', 'a bottle feed needs a milk type');
  }
  if (s.kind === 'pump' && s.leftMl === null && s.rightMl === null) {
    if (s.endedAt !== null) problem('leftMl', 'side_volume_needed', 'a finished pumping session needs a volume for at least one side');
  }
  if (s.kind === 'massage') {
    if (s.massage === null) problem('massage', 'required', 'a massage session needs massage details');
    if (s.endedAt === null) problem('endedAt', 'required', 'a massage session needs an end');
  }
  if (s.kind === 'bottle' && s.endedAt === null) {
    problem('endedAt', 'required', 'a bottle feed needs an end');
  }
  if (s.massage && s.massage.tool === 'hands' && (s.massage.vibration || s.massage.heat)) {
    problem('massage.tool', 'massager_needed', 'vibration and heat need a massager');
  }
  if (s.kind === 'nurse') out.push(...segmentProblems(s, start, end));
  return out;
}

function segmentProblems(s: SessionInput, start: number, end: number | null): CodedProblem[] {
  const out: CodedProblem[] = [];
  const problem = (field: string, code: FieldCode, message: string): void => {
    out.push({ field, code, message });
  };
  let prevEnd = start;
  s.segments.forEach((seg, i) => {
    const a = instantMs(seg.start);
    const b = seg.end === null ? null : instantMs(seg.end);
    const field = `segments.${i}`;
    if (a < prevEnd) problem(`${field}.start`, 'segment_order', 'segments must be in order, after startedAt, and must not overlap');
    if (b !== null && b < a) problem(`${field}.end`, 'end_before_start', 'must not be before the segment start');
    if (b === null && i !== s.segments.length - 1) problem(`${field}.end`, 'segment_running', 'only the last segment may be running');
    if (b === null && end !== null) problem(`${field}.end`, 'segment_running', 'a finished session cannot have a running segment');
    if (end !== null && (b ?? a) > end) problem(`${field}.end`, 'segment_order', 'must not be after endedAt');
    prevEnd = b ?? a;
  });
  return out;
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
