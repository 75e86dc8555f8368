/**
 * The reliability suite, small and bounded (the full one is `npm run bench:reliability`): real
 * `lactea serve` processes on 127.0.0.1, SQLite and PostgreSQL. Fails on any 5xx and any
 * acknowledged write lost to a kill -9.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountConcurrency, crashDurability, makeTarget, mixedLoad, startServer, type Target } from '../bench/reliability-lib.js';
import { databases } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'lactea-reliability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(databases())('reliability on $name', (dbCase) => {
  const targets: Target[] = [];
  const target = async () => {
    const t = await makeTarget(dbCase.name, dir, dbCase.url);
    targets.push(t);
    return t;
  };
  afterAll(async () => {
    for (const t of targets) await t.cleanup();
  });

  it('loses no acknowledged write to kill -9 during concurrent writes', async () => {
    const r = await crashDurability(await target(), { rounds: 2, writesPerRound: 120, clients: 10 });
    console.log(`crash durability (${dbCase.name}): ${JSON.stringify(r)}`);
    expect(r.acknowledged).toBeGreaterThan(50);
    expect(r.lost).toBe(0);
    expect(r.serverErrors).toBe(0);
  }, 120_000);

  it('answers no 5xx to sign-ups, acceptances, new households and deletions next to writes, or under a short mixed load', async () => {
    const server = await startServer((await target()).url);
    try {
      const c = await accountConcurrency(server.url, { signUps: 10, accepts: 6, households: 6, deletions: 4, writes: 40 });
      for (const [name, t] of Object.entries(c)) expect(t.errors, `${name}: ${t.samples.join('; ')}`).toBe(0);
      expect(c.signUps.status).toEqual({ 201: 10 });
      expect(c.accepts.status).toEqual({ 200: 6 });
      expect(c.deletions.status).toEqual({ 204: 4 });
      const m = await mixedLoad(server.url, { clients: 20, seconds: 3, accountOpsPerSecond: 5 });
      console.log(`mixed load (${dbCase.name}): app ${m.app.summary()}; account operations ${m.account.summary()}`);
      expect(m.app.errors, m.app.samples.join('; ')).toBe(0);
      expect(m.account.errors, m.account.samples.join('; ')).toBe(0);
      expect(m.app.count).toBeGreaterThan(100);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
