import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/domain/session.js';
import { emptySessionInput } from '../../src/domain/session.js';
import { toInstant } from '../../src/domain/time.js';
import {
  ATTACH_WINDOW_MS,
  attachedInput,
  finishOffer,
  type FinishContext,
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

describe('what a finished routine offers', () => {
  const massageStart = min(10);
  const letDown = { when: ['before', 'during'] as const, pumpSession: false };
  const careOnly = { when: ['standalone'] as const, pumpSession: false };
  const handsOn = { when: ['before', 'during', 'after'] as const, pumpSession: true };
  const offer = (over: Partial<FinishContext>) =>
    finishOffer({ routine: letDown, beforeAFeed: false, linkedPumpId: null, sessions: [], massageStartMs: massageStart, nowMs: NOW, ...over });

  it('offers to start the feed or pump a routine was for, never "after" as the main choice', () => {
    const pump = session({ id: 'pump', kind: 'pump', startedAt: toInstant(min(40)), endedAt: toInstant(min(16)) });
    // From "Massage first?": she said it came before a feed, so the ended pump is not offered at all.
    expect(offer({ beforeAFeed: true, sessions: [pump] })).toEqual({ kind: 'start', after: null });
    // From the library: starting a feed is still the main offer; the pump is a choice she may make.
    expect(offer({ sessions: [pump] })).toEqual({ kind: 'start', after: pump });
    expect(offer({ routine: careOnly, sessions: [pump] })).toEqual({ kind: 'save', after: pump });
    expect(offer({ routine: careOnly })).toEqual({ kind: 'save', after: null });
  });

  it('puts it on a running timer, as during, or before when the timer started after the routine', () => {
    const running = session({ id: 'run', kind: 'nurse', startedAt: toInstant(min(15)), endedAt: null });
    const ended = session({ id: 'pump', kind: 'pump', startedAt: toInstant(min(40)), endedAt: toInstant(min(5)) });
    expect(offer({ sessions: [ended, running] })).toEqual({ kind: 'running', session: running, timing: 'during' });
    const later = session({ kind: 'nurse', startedAt: toInstant(min(4)), endedAt: null });
    expect(offer({ sessions: [later] })).toMatchObject({ kind: 'running', timing: 'before' });
    expect(timingFor({ startedAt: toInstant(massageStart), endedAt: null }, massageStart)).toBe('before');
  });

  it('ends hands-on pumping as the pump it timed, running or already finished', () => {
    const pump = session({ id: 'p1', kind: 'pump', startedAt: toInstant(min(12)), endedAt: null, massage: massageRecord('hands-on-pumping', 'during', 3) });
    const nurse = session({ id: 'n', kind: 'nurse', startedAt: toInstant(min(15)), endedAt: null });
    expect(offer({ routine: handsOn, linkedPumpId: 'p1', sessions: [nurse, pump] })).toEqual({ kind: 'pump', pump });
    const done = { ...pump, endedAt: toInstant(min(1)), leftMl: 40 };
    expect(offer({ routine: handsOn, linkedPumpId: 'p1', sessions: [done] })).toEqual({ kind: 'pump', pump: done });
    // Deleted meanwhile: offered like any routine.
    expect(offer({ routine: handsOn, linkedPumpId: 'p1', sessions: [{ ...pump, deletedAt: toInstant(min(1)) }] })).toEqual({ kind: 'start', after: null });
  });

  it('offers "after" only for a session ended within 30 minutes, with no massage yet, not a bottle or a massage', () => {
    const old = session({ kind: 'pump', startedAt: toInstant(min(60)), endedAt: new Date(NOW - ATTACH_WINDOW_MS - 1).toISOString() });
    const bottle = session({ kind: 'bottle', endedAt: toInstant(min(1)) });
    const massage = session({ kind: 'massage', endedAt: toInstant(min(1)) });
    const deleted = session({ kind: 'pump', endedAt: toInstant(min(1)), deletedAt: toInstant(min(1)) });
    const hasOne = session({ kind: 'pump', endedAt: toInstant(min(1)), massage: massageRecord('let-down', 'before', 4) });
    expect(offer({ sessions: [old, bottle, massage, deleted, hasOne] })).toEqual({ kind: 'start', after: null });
    const edge = session({ kind: 'pump', startedAt: toInstant(min(45)), endedAt: toInstant(NOW - ATTACH_WINDOW_MS) });
    expect(offer({ sessions: [edge] })).toEqual({ kind: 'start', after: edge });
  });

  it('among ended sessions offers the one that ended last, and calls it after', () => {
    const a = session({ id: 'a', kind: 'pump', startedAt: toInstant(min(50)), endedAt: toInstant(min(25)) });
    const b = session({ id: 'b', kind: 'nurse', startedAt: toInstant(min(28)), endedAt: toInstant(min(12)) });
    const o = offer({ sessions: [a, b] });
    expect(o.kind === 'start' && o.after?.id).toBe('b');
    expect(timingFor(b, massageStart)).toBe('after');
    const overlapping = session({ kind: 'pump', startedAt: toInstant(min(30)), endedAt: toInstant(min(2)) });
    expect(timingFor(overlapping, massageStart)).toBe('during');
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
