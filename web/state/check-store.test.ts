/**
 * Saving a symptom check (QA 19 L6): a check for a household that is no longer hers is refused by
 * the server; she keeps its result (held with the changes she can review), it is never sent to another
 * household, and the result says why it was not saved. Against a scripted server (fetch replaced).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HouseholdSummary } from '../../src/domain/account.js';
import { UNKNOWN_ANSWERS } from '../../src/domain/triage/index.js';
import type * as CheckStoreModule from './check-store.js';
import type * as OutboxModule from '../sync/outbox.js';
import type * as SyncStoreModule from '../sync/sync-store.js';

interface Call {
  method: string;
  url: string;
}

let calls: Call[];
let answer: (c: Call) => Response | 'offline';
let checks: typeof CheckStoreModule;
let outbox: typeof OutboxModule;
let sync: typeof SyncStoreModule;

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const household = (id: string, role: HouseholdSummary['role']): HouseholdSummary => ({ id, name: id, createdAt: '2026-01-01T00:00:00.000Z', role, volumeUnit: 'ml', weightUnit: 'kg' });
const GONE = { error: 'not_found', code: 'household_not_found', message: 'No such household' };
const answers = { ...UNKNOWN_ANSWERS, feelingVeryUnwell: 'yes' as const, redness: { present: 'yes' as const, area: 'unknown' as const, spreading: 'unknown' as const, streaks: 'unknown' as const } };

beforeEach(async () => {
  vi.resetModules();
  calls = [];
  answer = () => 'offline';
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const c: Call = { method: init.method ?? 'GET', url };
    calls.push(c);
    const a = answer(c);
    if (a === 'offline') throw new TypeError('Failed to fetch');
    return a;
  });
  outbox = await import('../sync/outbox.js');
  sync = await import('../sync/sync-store.js');
  checks = await import('./check-store.js');
  await outbox.startOutbox('u1');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a check for a household that is no longer hers', () => {
  it('is refused, not thrown: she gets its result, held under that household, and nothing is sent anywhere else', async () => {
    answer = (c) => (c.url.startsWith('/api/households/theirs/') ? json(404, GONE) : json(500, { error: 'internal', message: 'unexpected' }));
    const check = await checks.submitCheck('theirs', answers, Date.parse('2026-12-03T03:00:00Z'));
    expect(check).toMatchObject({ saved: false, householdId: 'theirs', refusal: 'household_not_found' });
    expect(check.result.level).not.toBe('self-care');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`PUT /api/households/theirs/symptom-checks/${check.id}`]);
    // Held for her to see (the changes to review), not waiting to be sent again.
    expect(sync.syncStore.get().pending).toEqual([]);
    expect(sync.syncStore.get().held).toEqual([expect.objectContaining({ kind: 'rejected', id: check.id, hid: 'theirs', code: 'household_not_found' })]);
    // The result screen finds it on this phone, whatever household is in use now.
    expect(await checks.findCheck('mine', check.id)).toMatchObject({ saved: false, id: check.id, result: check.result, refusal: 'household_not_found' });
    expect(await checks.findCheck(null, check.id)).toMatchObject({ id: check.id });
    await outbox.retryNow();
    expect(calls).toHaveLength(1);
    expect(checks.unsavedReason(check as CheckStoreModule.UnsavedCheck, [household('mine', 'owner')])).toBe('not-shared');
  });

  it('made offline and refused once sent: held, never tried again, and its result still found', async () => {
    const check = await checks.submitCheck('theirs', answers);
    expect(check).toMatchObject({ saved: false, refusal: null });
    expect(checks.unsavedChecksStore.get().map((c) => c.id)).toEqual([check.id]);
    answer = () => json(404, GONE);
    await outbox.retryNow();
    await outbox.retryNow();
    expect(calls.filter((c) => c.method === 'PUT' && c.url.includes('/theirs/'))).toHaveLength(2); // the offline try, then the refused one
    expect(sync.syncStore.get()).toMatchObject({ pending: [], held: [expect.objectContaining({ id: check.id, code: 'household_not_found' })] });
    expect(checks.unsavedChecksStore.get()).toEqual([]);
    expect(await checks.findCheck('mine', check.id)).toMatchObject({ saved: false, refusal: 'household_not_found' });
  });

  it('a refusal of its answers (400) is still the wizard’s to show at the field, and nothing is held', async () => {
    answer = () => json(400, { error: 'bad_request', code: 'invalid_fields', message: 'Check the fields', fields: { 'answers.pain': 'must be at most 10' } });
    await expect(checks.submitCheck('mine', answers)).rejects.toMatchObject({ status: 400 });
    expect(sync.syncStore.get().held).toEqual([]);
  });
});

describe('why a check is not saved', () => {
  const mine = household('mine', 'owner');
  const shared = household('theirs', 'caregiver');
  it('waits to be sent while the household is hers to write to', () => {
    expect(checks.unsavedReason({ householdId: 'theirs', refusal: null }, [mine, shared])).toBe('queued');
  });
  it('is not shared any more once the household has gone from her account, or she can only read it, or the server said so', () => {
    expect(checks.unsavedReason({ householdId: 'theirs', refusal: null }, [mine])).toBe('not-shared');
    expect(checks.unsavedReason({ householdId: 'theirs', refusal: null }, [mine, household('theirs', 'consultant')])).toBe('not-shared');
    expect(checks.unsavedReason({ householdId: 'theirs', refusal: 'household_not_found' }, [mine, shared])).toBe('not-shared');
    expect(checks.unsavedReason({ householdId: 'theirs', refusal: 'role_forbidden' }, [mine, shared])).toBe('not-shared');
  });
  it('another refusal is said as such', () => {
    expect(checks.unsavedReason({ householdId: 'mine', refusal: 'invalid_fields' }, [mine])).toBe('refused');
  });
});
