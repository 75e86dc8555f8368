/**
 * npm run bench:api — the app's authenticated log-a-session PUT against a bare Fastify route doing one
 * SQLite insert, measured in the same run on this machine. Target: ≥ 70% of the baseline, p99 < 20 ms.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, row, spawnServer } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'lactea-bench-'));
const body = (i: number) =>
  JSON.stringify({
    kind: 'pump',
    startedAt: new Date(Date.now() - 3_600_000 - i).toISOString(),
    endedAt: new Date(Date.now() - 2_400_000 - i).toISOString(),
    leftMl: 60,
    rightMl: 72,
    notes: '',
  });

try {
  // The app, on SQLite, in its own process.
  const app = await spawnServer(
    ['bin/lactea.js', 'serve'],
    { DATABASE_URL: join(dir, 'app.db'), LACTEA_PORT: '0', LACTEA_LOG_LEVEL: 'warn', LACTEA_AUTH_RATE_LIMIT: '1000' },
    /running at (http:\/\/\S+)/,
  );
  const signup = await fetch(`${app.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.org', password: 'a long enough password' }),
  });
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const hid = ((await signup.json()) as { households: { id: string }[] }).households[0]?.id;
  if (!hid || !cookie) throw new Error('could not sign up');
  let n = 0;
  const appPut = await load({
    url: app.url,
    duration: seconds,
    requests: [
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json', cookie },
        setupRequest: (req) => ({ ...req, path: `/api/households/${hid}/sessions/${randomUUID()}`, body: body(n++) }),
      },
    ],
  });
  await app.stop();

  const bare = await spawnServer(['--import', 'tsx', 'bench/bare-insert-server.ts', join(dir, 'bare.db')], {}, /listening (http:\/\/\S+)/);
  let m = 0;
  const barePut = await load({
    url: bare.url,
    duration: seconds,
    requests: [{ method: 'PUT', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, path: `/insert/${randomUUID()}`, body: body(m++) }) }],
  });
  await bare.stop();

  console.log(`\nbench:api — 50 connections, ${seconds} s each, on ${process.platform} with Node ${process.version}`);
  console.log(row('baseline: bare Fastify + 1 insert', barePut));
  console.log(row('Lactea: authenticated PUT session', appPut));
  const ratio = appPut.rps / barePut.rps;
  console.log(`ratio ${(ratio * 100).toFixed(0)}% of baseline (target ≥ 70%); p99 ${appPut.p99} ms (target < 20 ms)`);
  console.log(`server start to first URL printed: ${app.startMs.toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
