/**
 * npm run bench:api — in one run on this machine:
 * - the app's authenticated log-a-session PUT against a bare Fastify route doing one SQLite insert
 *   (target ≥ 70% of it, p99 < 20 ms);
 * - today's summary GET (after the PUTs, so there is a day's worth of data and more) against a bare
 *   node:http hello-world (target ≥ 25% of it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Ids as the web app makes them (time-ordered UUIDv7), for the app and the baseline alike.
import { newId } from '../web/state/uuid.js';
import { load, pumpBody as body, row, spawnServer } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'lactea-bench-'));
const DEMO_PASSWORD = 'a long enough demo password';

try {
  // Six weeks of synthetic data for the summary, written by `lactea demo` before the server starts.
  execFileSync(process.execPath, ['bin/lactea.js', 'demo', '--email', 'demo@example.org', '--days', '42'], {
    env: { ...process.env, DATABASE_URL: join(dir, 'app.db'), LACTEA_PASSWORD: DEMO_PASSWORD },
    stdio: 'ignore',
  });
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
        setupRequest: (req) => ({ ...req, path: `/api/households/${hid}/sessions/${newId()}`, body: body(n++) }),
      },
    ],
  });
  // Today's summary for a realistic household (six weeks of synthetic demo data), not the PUT flood.
  const demo = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@example.org', password: DEMO_PASSWORD }),
  });
  const demoCookie = (demo.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const demoHid = ((await demo.json()) as { households: { id: string }[] }).households[0]?.id;
  const today = new Date().toISOString().slice(0, 10);
  const summaryUrl = `/api/households/${demoHid}/insights/summary?from=${today}&to=${today}&tz=UTC`;
  const check = await fetch(`${app.url}${summaryUrl}`, { headers: { cookie: demoCookie } });
  if (!check.ok) throw new Error(`summary answered ${check.status}`);
  const summary = await load({ url: app.url, duration: seconds, requests: [{ method: 'GET', path: summaryUrl, headers: { cookie: demoCookie } }] });
  await app.stop();

  const hello = await spawnServer(
    ['-e', "require('node:http').createServer((q, s) => s.end('hello')).listen(0, '127.0.0.1', function () { console.log('listening http://127.0.0.1:' + this.address().port) })"],
    {},
    /listening (http:\/\/\S+)/,
  );
  const helloRun = await load({ url: hello.url, duration: seconds });
  await hello.stop();

  const bare = await spawnServer(['--import', 'tsx', 'bench/bare-insert-server.ts', join(dir, 'bare.db')], {}, /listening (http:\/\/\S+)/);
  let m = 0;
  const barePut = await load({
    url: bare.url,
    duration: seconds,
    requests: [{ method: 'PUT', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, path: `/insert/${newId()}`, body: body(m++) }) }],
  });
  await bare.stop();

  console.log(`\nbench:api — 50 connections, ${seconds} s each, on ${process.platform} with Node ${process.version}`);
  console.log(row('baseline: bare Fastify + 1 insert', barePut));
  console.log(row('Lactea: authenticated PUT session', appPut));
  const ratio = appPut.rps / barePut.rps;
  console.log(`ratio ${(ratio * 100).toFixed(0)}% of baseline (target ≥ 70%); p99 ${appPut.p99} ms (target < 20 ms)`);
  console.log(row('baseline: node:http hello-world', helloRun));
  console.log(row("Lactea: today's summary GET", summary));
  console.log(`ratio ${((summary.rps / helloRun.rps) * 100).toFixed(0)}% of baseline (target ≥ 25%); summary of one day of a household with 6 weeks of demo data`);
  console.log(`server start to first URL printed: ${app.startMs.toFixed(0)} ms`);
} catch (e) {
  console.error(`bench:api failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  process.exit();
}
