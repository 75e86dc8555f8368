/**
 * The pump timer, as pure functions over a pumping session's side segments (the same `Segment`
 * shape as nursing). Unlike nursing, both breasts can be pumped at once, so a side's segments never
 * overlap each other but a left and a right segment may run side by side.
 *
 * - double pumping: one open segment per side, started together;
 * - single pumping: one open segment, on the side being pumped; "switch" moves to the other;
 * - pause closes every open segment; resume reopens the sides that were pumping when it paused;
 * - finishing ends the session when the pumping ended (now, or when it was paused), so a timer
 *   left paused does not count the idle time; the volumes are asked for then (a finished pump
 *   needs one).
 */
import { instantMs, toInstant, type Instant } from './time.js';
import { otherSide, SIDES, type Segment, type SessionInput, type Side } from './session.js';

/** What is being pumped: both breasts at once, or one. */
export const PUMP_SIDES = ['both', 'left', 'right'] as const;
export type PumpSides = (typeof PUMP_SIDES)[number];

export function sidesOf(which: PumpSides): Side[] {
  return which === 'both' ? [...SIDES] : [which];
}

function asPumpSides(sides: readonly Side[]): PumpSides | null {
  if (sides.length === 0) return null;
  if (sides.length > 1) return 'both';
  return sides[0] ?? null;
}

/** The segments of a pump started now on `which`. */
export function startPumpSegments(which: PumpSides, now: Instant): Segment[] {
  return sidesOf(which).map((side) => ({ side, start: now, end: null }));
}

/** The sides pumping right now (an open segment), or null when paused or stopped. */
export function pumpingNow(segments: readonly Segment[]): PumpSides | null {
  return asPumpSides(SIDES.filter((side) => segments.some((g) => g.side === side && g.end === null)));
}

/** The sides of the latest stretch of pumping: open now, or the ones that stopped last. */
export function lastPumped(segments: readonly Segment[]): PumpSides | null {
  const now = pumpingNow(segments);
  if (now) return now;
  let latest = -Infinity;
  for (const g of segments) if (g.end !== null) latest = Math.max(latest, instantMs(g.end));
  return asPumpSides(SIDES.filter((side) => segments.some((g) => g.side === side && g.end !== null && instantMs(g.end) === latest)));
}

function closeAll(segments: readonly Segment[], now: Instant): Segment[] {
  return segments.map((g) => (g.end === null ? { ...g, end: now } : g));
}

/** Pumps `which` from now on: the open segments end and the new sides start. */
export function setPumpSides(segments: readonly Segment[], now: Instant, which: PumpSides): Segment[] {
  return [...closeAll(segments, now), ...startPumpSegments(which, now)];
}

/** Single pumping moves to the other breast; double pumping stays as it is. */
export function switchPumpSide(segments: readonly Segment[], now: Instant): Segment[] {
  const which = lastPumped(segments);
  if (which === null || which === 'both') return [...segments];
  return setPumpSides(segments, now, otherSide(which));
}

export function pausePump(segments: readonly Segment[], now: Instant): Segment[] {
  return closeAll(segments, now);
}

/** Reopens the sides that were pumping when it paused (both, if nothing was recorded yet). */
export function resumePump(segments: readonly Segment[], now: Instant): Segment[] {
  if (pumpingNow(segments)) return [...segments];
  return [...segments, ...startPumpSegments(lastPumped(segments) ?? 'both', now)];
}

export function isPumpPaused(s: Pick<SessionInput, 'kind' | 'endedAt' | 'segments'>): boolean {
  return s.kind === 'pump' && s.endedAt === null && s.segments.length > 0 && pumpingNow(s.segments) === null;
}

/** Seconds spent pumping (either breast, or both at once), counting open segments up to `nowMs`. */
export function pumpingSeconds(segments: readonly Segment[], nowMs: number): number {
  const spans = segments
    .map((g) => [instantMs(g.start), g.end === null ? nowMs : instantMs(g.end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let runStart = -Infinity;
  let runEnd = -Infinity;
  for (const [a, b] of spans) {
    if (a > runEnd) {
      if (runEnd > runStart) total += runEnd - runStart;
      runStart = a;
      runEnd = b;
    } else runEnd = Math.max(runEnd, b);
  }
  if (runEnd > runStart) total += runEnd - runStart;
  return total / 1000;
}

/** When the pumping ended: now while a side pumps, else when the last segment closed (or now). */
export function pumpEndMs(segments: readonly Segment[], nowMs: number): number {
  if (pumpingNow(segments) || segments.length === 0) return nowMs;
  return Math.min(nowMs, Math.max(...segments.map((g) => instantMs(g.end ?? g.start))));
}

/** The pump as it will be saved when she finishes it: segments closed, ended when the pumping ended. */
export function finishPump<T extends SessionInput>(s: T, nowMs: number): T {
  const end = toInstant(Math.max(instantMs(s.startedAt), pumpEndMs(s.segments, nowMs)));
  return { ...s, segments: closeAll(s.segments, end), endedAt: end };
}
