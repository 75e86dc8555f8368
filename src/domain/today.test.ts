import { describe, expect, it } from 'vitest';
import { emptySessionInput, startSegments, switchSide, type Session, type SessionInput } from './session.js';
import { localDayBounds } from './time.js';
import { dayTotals, lastFeed, lastNursing } from './today.js';

let n = 0;
const rec = (s: SessionInput, over: Partial<Session> = {}): Session => ({
  ...s,
  id: `id-${n++}`,
  householdId: 'h',
  version: 1,
  createdAt: s.startedAt,
  updatedAt: s.startedAt,
  createdBy: 'u',
  deletedAt: null,
  ...over,
});
const at = (h: number, m = 0) => new Date(Date.UTC(2026, 0, 15, h, m)).toISOString();

describe('dayTotals', () => {
  const window = localDayBounds(Date.parse(at(12)), 'UTC');
  const now = Date.parse(at(20));
  const nurse = rec({ ...emptySessionInput('nurse', at(1)), endedAt: at(1, 25), segments: switchSide(startSegments('left', at(1)), at(1, 15)).map((s) => ({ ...s, end: s.end ?? at(1, 25) })) });
  const pump = rec({ ...emptySessionInput('pump', at(6)), endedAt: at(6, 20), leftMl: 50, rightMl: 70, massage: { routineId: 'hands-on-pumping', timing: 'during', minutes: 15, tool: 'hands', vibration: false, heat: false } });
  const bottle = rec({ ...emptySessionInput('bottle', at(9)), volumeMl: 90 });
  const yesterday = rec({ ...emptySessionInput('pump', '2026-01-14T22:00:00.000Z'), endedAt: '2026-01-14T22:20:00.000Z', leftMl: 500 });
  const deleted = rec({ ...emptySessionInput('pump', at(10)), endedAt: at(10, 10), leftMl: 300 }, { deletedAt: at(11) });
  // Began before midnight, ran into the day: only the part inside the day counts as nursing time.
  const acrossMidnight = rec({ ...emptySessionInput('nurse', '2026-01-14T23:50:00.000Z'), endedAt: at(0, 10), segments: [{ side: 'right', start: '2026-01-14T23:50:00.000Z', end: at(0, 10) }] });

  it('adds up pumped volume per side, feeds, nursing minutes per side, bottles and massages', () => {
    const t = dayTotals([nurse, pump, bottle, yesterday, deleted, acrossMidnight], window, now);
    expect(t.pumpedMl).toEqual({ left: 50, right: 70, total: 120 });
    expect(t.pumpSessions).toBe(1);
    expect(t.feeds).toBe(2);
    expect(t.nursingSeconds).toEqual({ left: 15 * 60, right: 10 * 60 + 10 * 60 });
    expect(t.bottleMl).toBe(90);
    expect(t.massageSessions).toBe(1);
  });

  it('counts a running nursing timer up to now', () => {
    const running = rec({ ...emptySessionInput('nurse', at(19, 50)), segments: startSegments('left', at(19, 50)) });
    expect(dayTotals([running], window, now).nursingSeconds.left).toBe(600);
  });

  it('finds the last feed, and which sides the last nursing started and finished on', () => {
    expect(lastFeed([nurse, pump, bottle, deleted])?.id).toBe(bottle.id);
    expect(lastFeed([pump])).toBeNull();
    expect(lastNursing([nurse, pump, acrossMidnight])).toEqual({ first: 'left', last: 'right', oneSide: false, endedAt: at(1, 25) });
    expect(lastNursing([acrossMidnight])).toEqual({ first: 'right', last: 'right', oneSide: true, endedAt: at(0, 10) });
    const running = rec({ ...emptySessionInput('nurse', at(19, 50)), segments: startSegments('left', at(19, 50)) });
    expect(lastNursing([nurse, running])).toEqual({ first: 'left', last: 'left', oneSide: true, endedAt: null });
    // Left, right, then left again: started and finished on the left, on both sides.
    const back = rec({ ...emptySessionInput('nurse', at(3)), endedAt: at(3, 30), segments: [{ side: 'left', start: at(3), end: at(3, 10) }, { side: 'right', start: at(3, 10), end: at(3, 20) }, { side: 'left', start: at(3, 20), end: at(3, 30) }] });
    expect(lastNursing([nurse, back])).toEqual({ first: 'left', last: 'left', oneSide: false, endedAt: at(3, 30) });
    expect(lastNursing([pump, nurse, rec({ ...nurse, segments: [] }, { startedAt: at(23) })])).toEqual({ first: 'left', last: 'right', oneSide: false, endedAt: at(1, 25) });
    expect(lastNursing([pump])).toBeNull();
    expect(lastNursing([rec(nurse, { deletedAt: at(2) })])).toBeNull();
  });
});
