/**
 * When she corrects a nursing session's start or end, its side segments follow: clipped to the new
 * window, with the first stretched back to a new earlier start and the last forward to a later end,
 * so the per-side times add up to the time she says she nursed.
 */
import type { Segment } from '../../src/domain/session.js';
import { instantMs, toInstant } from '../../src/domain/time.js';

export function fitSegments(segments: readonly Segment[], startMs: number, endMs: number | null): Segment[] {
  const inside = segments
    .map((s) => {
      const a = Math.max(instantMs(s.start), startMs);
      const rawEnd = s.end === null ? null : instantMs(s.end);
      const b = endMs === null ? rawEnd : Math.min(rawEnd ?? endMs, endMs);
      return { side: s.side, a, b };
    })
    .filter((s) => s.b === null || s.b > s.a);
  if (inside.length === 0) return [];
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (first) first.a = startMs;
  if (last && endMs !== null) last.b = endMs;
  return inside.map((s) => ({ side: s.side, start: toInstant(s.a), end: s.b === null ? null : toInstant(s.b) }));
}

/** A pump's segments (both sides may run at once) cut to a corrected start and end; nothing stretched. */
export function clipSegments(segments: readonly Segment[], startMs: number, endMs: number): Segment[] {
  return segments.flatMap((s) => {
    const a = Math.max(instantMs(s.start), startMs);
    const b = Math.min(s.end === null ? endMs : instantMs(s.end), endMs);
    return b > a ? [{ side: s.side, start: toInstant(a), end: toInstant(b) }] : [];
  });
}
