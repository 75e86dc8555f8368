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
});
