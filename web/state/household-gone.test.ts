import { describe, expect, it } from 'vitest';
import type { HouseholdSummary } from '../../src/domain/account.js';
import { pickHousehold, tellRefused } from './household-gone.js';

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
});
