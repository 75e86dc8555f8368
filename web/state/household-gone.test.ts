import { describe, expect, it } from 'vitest';
import type { HouseholdSummary } from '../../src/domain/account.js';
import { goneWhileClosed, heldForHousehold, pickHousehold, tellRefused } from './household-gone.js';

const h = (id: string, role: HouseholdSummary['role']): HouseholdSummary => ({ id, name: id, createdAt: '2026-01-01T00:00:00.000Z', role, volumeUnit: 'ml', weightUnit: 'kg' });

describe('a household the server refused as not hers', () => {
  it('opens the one on screen or last chosen if she has it, else her own before a client’s, else none', () => {
    const client = h('client', 'consultant');
    const own = h('own', 'owner');
    const partner = h('partner', 'caregiver');
    expect(pickHousehold([client, own], ['own', 'client'])).toBe('own');
    expect(pickHousehold([client, own], [null, 'client'])).toBe('client');
    // Gone: the old one is skipped.
    expect(pickHousehold([client, own], ['gone', 'gone'])).toBe('own');
    expect(pickHousehold([client, partner], ['gone'])).toBe('partner');
    // A new consultant whose empty household went with her invite: her first client.
    expect(pickHousehold([client, h('client2', 'consultant')], ['own-gone', null])).toBe('client');
    expect(pickHousehold([], ['own-gone'])).toBeNull();
  });

  it('tells her only that a household shared with her while the app was open is no longer', () => {
    const shared = [h('own', 'owner'), h('theirs', 'caregiver'), h('client', 'consultant')];
    const now = [h('own', 'owner')];
    expect(tellRefused('theirs', shared, now)).toBe(true);
    expect(tellRefused('client', shared, now)).toBe(true);
    // Known only from the phone's kept copy (the server has not listed it since the app opened): quiet.
    expect(tellRefused('theirs', null, now)).toBe(false);
    expect(tellRefused('theirs', [h('own', 'owner')], now)).toBe(false);
    // Her own household went by her own doing (a consultant's invite removes an empty one): quiet.
    expect(tellRefused('own', [h('own', 'owner'), h('client', 'consultant')], [h('client', 'consultant')])).toBe(false);
    // Still hers: nothing was lost, nothing to say.
    expect(tellRefused('theirs', shared, shared)).toBe(false);
  });

  it('tells her, as the app opens, of the shared household she was last using that went while it was closed', () => {
    const own = h('own', 'owner');
    const theirs = h('theirs', 'caregiver');
    const client = h('client', 'consultant');
    // Her partner's household, in use when she closed the app, revoked overnight: told.
    expect(goneWhileClosed({ households: [own, theirs], householdId: 'theirs' }, [own])).toBe('theirs');
    // A consultant's last client, whose share ran out: told (she has no household left at all).
    expect(goneWhileClosed({ households: [client], householdId: 'client' }, [])).toBe('client');
    // Still shared: nothing to say.
    expect(goneWhileClosed({ households: [own, theirs], householdId: 'theirs' }, [own, theirs])).toBeNull();
    // She was on her own log: the shared one went, but she was not using it.
    expect(goneWhileClosed({ households: [own, theirs], householdId: 'own' }, [own])).toBeNull();
    // Her own household went by her own doing (a consultant's invite removes an empty one): quiet.
    expect(goneWhileClosed({ households: [own], householdId: 'own' }, [client])).toBeNull();
    // No kept copy (a fresh sign-in, or the second answer since it opened): nothing to compare.
    expect(goneWhileClosed(null, [own])).toBeNull();
    // The next start opens on the copy kept after that answer: no second word.
    expect(goneWhileClosed({ households: [own], householdId: 'own' }, [own])).toBeNull();
  });
});

describe('heldForHousehold', () => {
  const own = { id: 'own' };
  const shared = { id: 'shared' };
  it('names the household a held change was for when she has several', () => {
    expect(heldForHousehold('shared', [own, shared])).toBe(shared);
  });
  it('names none with one household, or when the one it was for is no longer hers', () => {
    expect(heldForHousehold('own', [own])).toBeNull();
    expect(heldForHousehold('gone', [own, shared])).toBeNull();
  });
});
