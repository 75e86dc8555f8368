import { describe, expect, it } from 'vitest';
import { ROUTINE_IDS } from '../routine-ids.js';
import { evaluate } from './engine.js';
import { checkNudge, nudgeHides, NUDGE_HOURS, type CheckForNudge } from './nudge.js';
import { withUnknowns } from './types.js';

const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

/** A check saved at `ms` with the engine's own result for these answers. */
function check(id: string, ms: number, answers: Parameters<typeof withUnknowns>[0]): CheckForNudge {
  const r = evaluate(withUnknowns({ about: ['breast'], ...answers }), [], ms);
  return { id, checkedAt: at(ms), result: { avoidRoutines: r.avoidRoutines, avoid: r.avoid } };
}
const TENDER = { lump: { present: 'yes', size: 'small', days: 1, sameSpotBefore: 'no' }, pain: 4 } as const;
const NIPPLE = { about: ['nipple'], nippleDamage: 'cracked', pain: 3 } as const;

describe('massage nudges after a symptom check', () => {
  it('hides what an inflammation result avoids, and extra removal, for 72 hours', () => {
    const n = checkNudge([check('a', T0, TENDER)], T0 + HOUR);
    expect(n).toMatchObject({ checkId: 'a', noExtraRemoval: true, untilMs: T0 + NUDGE_HOURS * HOUR });
    expect(ROUTINE_IDS.filter((id) => nudgeHides(n, id))).toEqual(['hands-on-pumping', 'reverse-pressure-softening', 'massager']);
  });

  it('holds until just before 72 hours and lets go at 72', () => {
    const checks = [check('a', T0, TENDER)];
    expect(checkNudge(checks, T0 + NUDGE_HOURS * HOUR - 1)).not.toBeNull();
    expect(checkNudge(checks, T0 + NUDGE_HOURS * HOUR)).toBeNull();
  });

  it('hides every routine when massage is ruled out', () => {
    const n = checkNudge([check('a', T0, { redness: { present: 'yes', area: 'small', spreading: 'yes', streaks: 'no' } })], T0);
    expect(ROUTINE_IDS.filter((id) => !nudgeHides(n, id))).toEqual([]);
  });

  it('follows the latest check: one that avoids nothing clears it, one that avoids more replaces it', () => {
    const older = check('a', T0, TENDER);
    const clear = check('b', T0 + 5 * HOUR, NIPPLE);
    expect(checkNudge([clear, older], T0 + 6 * HOUR)).toBeNull();
    const worse = check('c', T0 + 5 * HOUR, { ...TENDER, possibleAbscess: 'yes' });
    expect(checkNudge([older, worse], T0 + 6 * HOUR)).toMatchObject({ checkId: 'c', untilMs: T0 + 77 * HOUR });
  });

  it('nothing to hold with no check, or after a check that avoids nothing', () => {
    expect(checkNudge([], T0)).toBeNull();
    expect(nudgeHides(null, 'let-down')).toBe(false);
    expect(checkNudge([check('a', T0, {})], T0)).toBeNull();
  });

  it('reads results that avoid extra pumping without listing hands-on pumping (as a first-version result might)', () => {
    const n = checkNudge([{ id: 'old', checkedAt: at(T0), result: { avoidRoutines: [], avoid: [{ id: 'extra-pumping' }] } }], T0);
    expect(nudgeHides(n, 'hands-on-pumping')).toBe(true);
    expect(nudgeHides(n, 'let-down')).toBe(false);
  });
});
