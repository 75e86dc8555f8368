import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("this device's copies", () => {
  it('stand in for a GET with no network, per person, and old ones are forgotten', async () => {
    vi.resetModules();
    const cache = await import('./cache.js');
    let online = true;
    vi.stubGlobal('fetch', async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ days: 7 }), { status: 200 });
    });
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1), toFake: ['Date'] });
    await cache.setCacheOwner('u1');
    expect(await cache.readThrough('/api/x?from=2026-01-01')).toEqual({ days: 7 });
    await vi.waitFor(async () => expect(await cache.readCopy('get:/api/x?from=2026-01-01')).toEqual({ days: 7 }));
    online = false;
    expect(await cache.readThrough('/api/x?from=2026-01-01')).toEqual({ days: 7 });
    await expect(cache.readThrough('/api/never-read')).rejects.toMatchObject({ status: 0 });

    // Someone else signs in on this device: her copies are gone.
    await cache.setCacheOwner('u2');
    await expect(cache.readThrough('/api/x?from=2026-01-01')).rejects.toMatchObject({ status: 0 });

    // Back to the first person, a copy from long ago is pruned at the next start.
    online = true;
    await cache.setCacheOwner('u1');
    await cache.readThrough('/api/x?from=2026-01-01');
    await vi.waitFor(async () => expect(await cache.readCopy('get:/api/x?from=2026-01-01')).toBeDefined());
    vi.setSystemTime(Date.UTC(2026, 1, 15));
    await cache.setCacheOwner('u1');
    await vi.waitFor(async () => expect(await cache.readCopy('get:/api/x?from=2026-01-01')).toBeUndefined());
  });

  it('name the household each copy belongs to, and forget those of households she no longer has', async () => {
    vi.resetModules();
    const cache = await import('./cache.js');
    const gone = '0b9a4c1e-3f7d-4a55-9d1e-2f0c8a7b6e11';
    const kept = '5d2e8f90-1a3b-4c6d-8e7f-9a0b1c2d3e4f';
    expect(cache.householdOfCopy(`get:/api/households/${gone}/insights/summary?from=2026-01-01`)).toBe(gone);
    expect(cache.householdOfCopy(`recent:${gone}`)).toBe(gone);
    expect(cache.householdOfCopy(`babies:${kept}`)).toBe(kept);
    expect(cache.householdOfCopy('get:/api/me/preferences')).toBeNull();
    expect(cache.householdOfCopy('get:/api/consultant/clients?tz=UTC')).toBeNull();

    await cache.setCacheOwner('u1');
    const keys = [`recent:${gone}`, `log:${gone}`, `get:/api/households/${gone}/symptom-checks?limit=1`, `recent:${kept}`, `get:/api/households/${kept}/care-contacts`, 'get:/api/me/x'];
    for (const k of keys) await cache.keepCopy(k, [1]);
    expect(await cache.forgetHouseholdsBut([kept])).toBe(3);
    const left = await Promise.all(keys.map(async (k) => [k, (await cache.readCopy(k)) !== undefined]));
    expect(Object.fromEntries(left)).toEqual(Object.fromEntries(keys.map((k) => [k, !k.includes(gone)])));
    // Her copies of no household (her account's answers) stay, even with no household left.
    expect(await cache.forgetHouseholdsBut([])).toBe(2);
    expect(await cache.readCopy('get:/api/me/x')).toEqual([1]);
  });
});
