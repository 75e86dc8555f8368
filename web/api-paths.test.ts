import { describe, expect, it } from 'vitest';
import { householdOfPath, householdPath } from './api-paths.js';

describe('household paths', () => {
  it('name the household a path is under, and none for others', () => {
    const hid = '0b9a4c1e-3f7d-4a55-9d1e-2f0c8a7b6e11';
    expect(householdOfPath(householdPath(hid))).toBe(hid);
    expect(householdOfPath(`${householdPath(hid)}/changes?since=now`)).toBe(hid);
    expect(householdOfPath(`/api/households/${hid}?x=1`)).toBe(hid);
    expect(householdOfPath(householdPath('a b/c'))).toBe('a b/c');
    expect(householdOfPath('/api/households')).toBeNull();
    expect(householdOfPath('/api/me')).toBeNull();
    expect(householdOfPath('/api/households/%E0%A4%A')).toBeNull();
  });
});
