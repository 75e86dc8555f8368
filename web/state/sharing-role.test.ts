import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AccountState } from './account.js';
import type * as SharingRole from './sharing-role.js';

// The account store reads the browser's language and storage when it loads.
vi.stubGlobal('navigator', { language: 'en-GB' });
vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined, removeItem: () => undefined });
let role: typeof SharingRole;
beforeAll(async () => {
  role = await import('./sharing-role.js');
});

const as = (role: 'owner' | 'caregiver' | 'consultant'): AccountState => ({
  status: 'signed-in',
  user: null,
  households: [{ id: 'h', name: 'Home', role, createdAt: '2026-12-01T00:00:00.000Z', volumeUnit: 'ml', weightUnit: 'kg' }],
  householdId: 'h',
  babies: [],
  babyId: null,
});

describe('who reads the household in use', () => {
  it('offers breast massage to her alone: not to her partner, not to her consultant', () => {
    expect(role.offersMassage(as('owner'))).toBe(true);
    expect(role.offersMassage(as('caregiver'))).toBe(false);
    expect(role.offersMassage(as('consultant'))).toBe(false);
    expect(role.canWrite(as('caregiver'))).toBe(true);
  });

  it('gives the words a context: her consultant reads "your client", her partner words without "you"', () => {
    expect(role.readerContext(as('consultant'))).toBe('client');
    expect(role.readerContext(as('caregiver'))).toBe('caregiver');
    expect(role.readerContext(as('owner'))).toBeUndefined();
  });

  it('keeps a consultant in her workspace when her last client is gone; a parent or partner never is one', () => {
    const none: AccountState = { ...as('consultant'), households: [], householdId: null };
    expect(role.consultantAccount(as('consultant'))).toBe(true);
    expect(role.consultantAccount(none)).toBe(true);
    expect(role.consultantAccount(as('owner'))).toBe(false);
    expect(role.consultantAccount(as('caregiver'))).toBe(false);
    const both: AccountState = { ...as('consultant'), households: [...as('consultant').households, ...as('owner').households.map((h) => ({ ...h, id: 'own' }))] };
    expect(role.consultantAccount(both)).toBe(false);
  });
});
