import { describe, expect, it } from 'vitest';
import { newId } from './uuid.js';

describe('new record ids', () => {
  it('are version 7 UUIDs that carry the time and sort by it', () => {
    const t = Date.UTC(2026, 10, 24, 2, 30, 0, 123);
    const id = newId(t);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(t);
    const later = newId(t + 1);
    expect(later > id).toBe(true);
  });

  it('differ when made in the same millisecond', () => {
    const t = Date.now();
    const ids = new Set(Array.from({ length: 1000 }, () => newId(t)));
    expect(ids.size).toBe(1000);
  });
});
