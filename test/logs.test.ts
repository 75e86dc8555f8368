import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { caller, cookieFrom, makeApp } from './harness.js';

describe('logs', () => {
  it('hold no health data, passwords, tokens or emails — even when a request fails', async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const t = await makeApp({ name: 'sqlite', url: ':memory:' }, { logLevel: 'trace' }, { logStream });
    const email = 'private.parent@example.org';
    const password = 'my very secret passphrase';
    const signup = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password } });
    const cookie = cookieFrom(signup);
    const token = cookie.split('=')[1] ?? '';
    const hid = signup.json().households[0].id;
    const call = caller(t.app, cookie);
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'wrong wrong wrong' } });
    const body = { kind: 'pump', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:20:00Z', leftMl: 123.4, notes: 'NOTE-SECRET mastitis left' };
    expect((await call('PUT', `/api/households/${hid}/sessions/${randomUUID()}`, body)).statusCode).toBe(201);
    expect((await call('PUT', `/api/households/${hid}/sessions/${randomUUID()}`, { ...body, notes: 'BAD-SECRET', leftMl: -987 })).statusCode).toBe(400);
    await call('POST', '/api/triage', { answers: { temperature: { value: 39.4, unit: 'c' }, pain: 8 } });
    // Make the next write fail inside the server, so the error path logs.
    t.database.sqlite?.close();
    expect((await call('PUT', `/api/households/${hid}/sessions/${randomUUID()}`, body)).statusCode).toBeGreaterThanOrEqual(500);
    await t.app.close();
    const log = lines.join('');
    expect(log).toContain('request failed');
    for (const secret of [password, token, email, 'NOTE-SECRET', 'BAD-SECRET', 'mastitis', '123.4', '-987', '39.4']) {
      expect(log, `log contains ${secret}`).not.toContain(secret);
    }
  });
});
