import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/domain/session.js';
import { emptySessionInput } from '../../src/domain/session.js';
import { toInstant } from '../../src/domain/time.js';
import {
  ATTACH_WINDOW_MS,
  attachedInput,
  findAttachTarget,
  loggedSpan,
  massageRecord,
  standaloneInput,
  timingFor,
} from './massage-attach.js';

const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);
const min = (m: number): number => NOW - m * 60_000;

function session(over: Partial<Session> & Pick<Session, 'kind'>): Session {
  const base = emptySessionInput(over.kind, toInstant(min(20)));
  return {
    ...base,
    id: over.id ?? 'id',
    householdId: 'h',
    version: 3,
    createdAt: toInstant(min(60)),
    updatedAt: toInstant(min(60)),
    createdBy: 'u',
    deletedAt: null,
    ...over,
  };
}

describe('which session a routine attaches to', () => {
  const massageStart = min(10);

  it('prefers a running session and calls it "during"', () => {
    const running = session({ id: 'run', kind: 'nurse', startedAt: toInstant(min(15)), endedAt: null });
    const ended = session({ id: 'pump', kind: 'pump', startedAt: toInstant(min(40)), endedAt: toInstant(min(5)) });
    expect(findAttachTarget([ended, running], massageStart, NOW)).toEqual({ session: running, timing: 'during' });
  });

  it('takes a session ended within 30 minutes: "after" when it ended before the routine began', () => {
    const pump = session({ id: 'pump', kind: 'pump', startedAt: toInstant(min(40)), endedAt: toInstant(min(29)) });
    expect(findAttachTarget([pump], massageStart, NOW)).toEqual({ session: pump, timing: 'after' });
  });

  it('says "during" when an ended session overlapped the routine', () => {
    const pump = session({ kind: 'pump', startedAt: toInstant(min(30)), endedAt: toInstant(min(2)) });
    expect(findAttachTarget([pump], massageStart, NOW)?.timing).toBe('during');
  });

  it('says "before" when the session began after the routine began', () => {
    const nurse = session({ kind: 'nurse', startedAt: toInstant(min(4)), endedAt: null });
    expect(findAttachTarget([nurse], massageStart, NOW)?.timing).toBe('before');
    expect(timingFor({ startedAt: toInstant(massageStart), endedAt: null }, massageStart)).toBe('before');
  });

  it('ignores sessions ended more than 30 minutes ago, bottles, massages, deleted ones and ones with a massage', () => {
    const old = session({ kind: 'pump', startedAt: toInstant(min(60)), endedAt: new Date(NOW - ATTACH_WINDOW_MS - 1).toISOString() });
    const bottle = session({ kind: 'bottle', endedAt: toInstant(min(1)) });
    const massage = session({ kind: 'massage', endedAt: toInstant(min(1)) });
    const deleted = session({ kind: 'pump', endedAt: toInstant(min(1)), deletedAt: toInstant(min(1)) });
    const hasOne = session({ kind: 'pump', endedAt: toInstant(min(1)), massage: massageRecord('let-down', 'before', 4) });
    expect(findAttachTarget([old, bottle, massage, deleted, hasOne], massageStart, NOW)).toBeNull();
  });

  it('keeps a session ended exactly 30 minutes ago', () => {
    const edge = session({ kind: 'pump', startedAt: toInstant(min(45)), endedAt: toInstant(NOW - ATTACH_WINDOW_MS) });
    expect(findAttachTarget([edge], massageStart, NOW)?.session).toBe(edge);
  });

  it('among ended sessions picks the one that ended last', () => {
    const a = session({ id: 'a', kind: 'pump', startedAt: toInstant(min(50)), endedAt: toInstant(min(25)) });
    const b = session({ id: 'b', kind: 'nurse', startedAt: toInstant(min(28)), endedAt: toInstant(min(12)) });
    expect(findAttachTarget([a, b], massageStart, NOW)?.session.id).toBe('b');
  });
});

describe('the massage written to the log', () => {
  it('uses the hands, or the massager for the massager routine, never vibration or heat it did not record', () => {
    expect(massageRecord('hands-on-pumping', 'during', 16)).toEqual({ routineId: 'hands-on-pumping', timing: 'during', minutes: 16, tool: 'hands', vibration: false, heat: false });
    expect(massageRecord('massager', 'before', 5).tool).toBe('massager');
  });

  it('keeps everything else of the session when attaching', () => {
    const pump = session({ kind: 'pump', leftMl: 60, rightMl: 40, notes: 'night', endedAt: toInstant(min(3)) });
    const input = attachedInput(pump, massageRecord('hand-expression', 'after', 5));
    expect(input).toMatchObject({ kind: 'pump', leftMl: 60, rightMl: 40, notes: 'night', massage: { routineId: 'hand-expression', timing: 'after' } });
    expect(input).not.toHaveProperty('version');
    expect(input).not.toHaveProperty('id');
  });

  it('saves a routine on its own as a massage session from its start to its end', () => {
    const input = standaloneInput(massageRecord('let-down', 'before', 4), min(4), NOW);
    expect(input).toMatchObject({ kind: 'massage', startedAt: toInstant(min(4)), endedAt: toInstant(NOW), leftMl: null, milkType: null });
  });

  it('counts the player span back from the real end', () => {
    expect(loggedSpan({ startedAt: 1_000, finishedAt: 61_000 }, NOW)).toEqual({ startMs: NOW - 60_000, endMs: NOW });
    expect(loggedSpan({ startedAt: null, finishedAt: null }, NOW)).toEqual({ startMs: NOW, endMs: NOW });
  });
});
