/** Builders for tests and benchmarks: sessions as the insights read them. */
import type { Massage, Segment, Side } from '../session.js';
import { toInstant } from '../time.js';
import type { LoggedSession } from './daily.js';

const blank: LoggedSession = {
  kind: 'pump',
  startedAt: '',
  endedAt: null,
  segments: [],
  leftMl: null,
  rightMl: null,
  volumeMl: null,
  massage: null,
  deletedAt: null,
};

export function pumpAt(startMs: number, leftMl: number | null, rightMl: number | null, massage: Massage | null = null, minutes = 20): LoggedSession {
  return { ...blank, kind: 'pump', startedAt: toInstant(startMs), endedAt: toInstant(startMs + minutes * 60_000), leftMl, rightMl, massage };
}

export function nurseAt(startMs: number, parts: readonly [Side, number][], running = false): LoggedSession {
  const segments: Segment[] = [];
  let t = startMs;
  parts.forEach(([side, minutes], i) => {
    const end = t + minutes * 60_000;
    const open = running && i === parts.length - 1;
    segments.push({ side, start: toInstant(t), end: open ? null : toInstant(end) });
    t = end;
  });
  return { ...blank, kind: 'nurse', startedAt: toInstant(startMs), endedAt: running ? null : toInstant(t), segments };
}

export function massageAt(startMs: number, minutes: number, routineId: string | null = null): LoggedSession {
  return { ...blank, kind: 'massage', startedAt: toInstant(startMs), endedAt: toInstant(startMs + minutes * 60_000), massage: massageDetails('before', routineId) };
}

export function bottleAt(startMs: number, ml: number): LoggedSession {
  return { ...blank, kind: 'bottle', startedAt: toInstant(startMs), endedAt: toInstant(startMs + 15 * 60_000), volumeMl: ml };
}

export function massageDetails(timing: Massage['timing'] = 'before', routineId: string | null = null): Massage {
  return { routineId, timing, minutes: 5, tool: 'hands', vibration: false, heat: false };
}
