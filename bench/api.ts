/**
 * npm run bench:api — in one run on this machine:
 * - the app's authenticated log-a-session PUT against a bare Fastify route doing one SQLite insert
 *   (target ≥ 50% of it with simple code, p99 < 20 ms);
 * - today's summary GET of a household with six weeks of demo data against a bare node:http
 *   hello-world (target ≥ 25% of it), and beside it what the home screen asks for now: the time since
 *   each side was emptied alone (GET …/insights/emptying).
 * - GET /healthz of the app (no sign-in, one database ping) against the same hello-world: the
 *   ceiling any route of the app reaches through Fastify, its hooks and headers.
 * BENCH_ROUNDS rounds (default 3) of BENCH_SECONDS s (default 10) per measurement; the median round is reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Ids as the web app makes them (time-ordered UUIDv7), for the app and the baseline alike.
import { newId } from '../web/state/uuid.js';
import { type LoadResult, load, pumpBody as body, row, spawnServer } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
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
  const emptyingUrl = `/api/households/${demoHid}/insights/emptying?tz=UTC`;
  for (const url of [summaryUrl, emptyingUrl]) {
    const check = await fetch(`${app.url}${url}`, { headers: { cookie: demoCookie } });
    if (!check.ok) throw new Error(`${url} answered ${check.status}`);
  }

  // The baselines, each in its own process, up for the whole run.
  const hello = await spawnServer(
    ['-e', "require('node:http').createServer((q, s) => s.end('hello')).listen(0, '127.0.0.1', function () { console.log('listening http://127.0.0.1:' + this.address().port) })"],
    {},
    /listening (http:\/\/\S+)/,
  );
  const bare = await spawnServer(['--import', 'tsx', 'bench/bare-insert-server.ts', join(dir, 'bare.db')], {}, /listening (http:\/\/\S+)/);

  let n = 0;
  const runs = {
    appPut: () =>
      load({
        url: app.url,
        duration: seconds,
        requests: [
          {
            method: 'PUT',
            headers: { 'content-type': 'application/json', cookie },
            setupRequest: (req) => ({ ...req, path: `/api/households/${hid}/sessions/${newId()}`, body: body(n++) }),
          },
        ],
      }),
    barePut: () =>
      load({
        url: bare.url,
        duration: seconds,
        requests: [{ method: 'PUT', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, path: `/insert/${newId()}`, body: body(n++) }) }],
      }),
    summary: () => load({ url: app.url, duration: seconds, requests: [{ method: 'GET', path: summaryUrl, headers: { cookie: demoCookie } }] }),
    emptying: () => load({ url: app.url, duration: seconds, requests: [{ method: 'GET', path: emptyingUrl, headers: { cookie: demoCookie } }] }),
    hello: () => load({ url: hello.url, duration: seconds }),
    // The ceiling of any route of the app: no sign-in, one database ping, every hook and header.
    health: () => load({ url: app.url, duration: seconds, requests: [{ method: 'GET', path: '/healthz' }] }),
  };
  // Rounds, each measuring every pair back to back, in alternating order: the machine's drift over
  // the run (other load, CPU clocks) then falls on app and baseline alike. The median round counts.
  const results: Record<keyof typeof runs, LoadResult>[] = [];
  for (let r = 0; r < rounds; r++) {
    const order: (keyof typeof runs)[] = r % 2 === 0 ? ['appPut', 'barePut', 'summary', 'hello', 'emptying', 'health'] : ['barePut', 'appPut', 'health', 'emptying', 'hello', 'summary'];
    const round = {} as Record<keyof typeof runs, LoadResult>;
    for (const k of order) round[k] = await runs[k]();
    results.push(round);
    console.log(
      `round ${r + 1}: PUT ${pct(round.appPut.rps / round.barePut.rps)} of baseline, p99 ${round.appPut.p99} ms; summary ${pct(round.summary.rps / round.hello.rps)} of hello-world, emptying ${pct(round.emptying.rps / round.hello.rps)}`,
    );
  }
  await Promise.all([app.stop(), hello.stop(), bare.stop()]);

  const median = (f: (x: Record<keyof typeof runs, LoadResult>) => number) => {
    const xs = results.map(f).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] ?? NaN;
  };
  const mid = (f: (x: Record<keyof typeof runs, LoadResult>) => number) => results.find((x) => f(x) === median(f)) ?? results[0]!;
  const putRound = mid((x) => x.appPut.rps / x.barePut.rps);
  const summaryRound = mid((x) => x.summary.rps / x.hello.rps);
  const emptyingRound = mid((x) => x.emptying.rps / x.hello.rps);
  const worstP99 = Math.max(...results.map((x) => x.appPut.p99));
  console.log(`\nbench:api — 50 connections, ${seconds} s per measurement, ${rounds} rounds, on ${process.platform} with Node ${process.version}; the median round:`);
  console.log(row('baseline: bare Fastify + 1 insert', putRound.barePut));
  console.log(row('Lactea: authenticated PUT session', putRound.appPut));
  console.log(`ratio ${pct(putRound.appPut.rps / putRound.barePut.rps)} of baseline (target ≥ 50%); p99 ${putRound.appPut.p99} ms, worst round ${worstP99} ms (target < 20 ms)`);
  console.log(row('baseline: node:http hello-world', summaryRound.hello));
  console.log(row("Lactea: today's summary GET", summaryRound.summary));
  console.log(`ratio ${pct(summaryRound.summary.rps / summaryRound.hello.rps)} of baseline (target ≥ 25%); summary of one day of a household with 6 weeks of demo data`);
  console.log(row('baseline: node:http hello-world', emptyingRound.hello));
  console.log(row('Lactea: emptying GET (home screen)', emptyingRound.emptying));
  console.log(`ratio ${pct(emptyingRound.emptying.rps / emptyingRound.hello.rps)} of baseline; the time since each side was emptied, all the home screen reads of insights`);
  const healthRound = mid((x) => x.health.rps / x.hello.rps);
  console.log(row('Lactea: GET /healthz (the ceiling)', healthRound.health));
  console.log(`ratio ${pct(healthRound.health.rps / healthRound.hello.rps)} of baseline; no sign-in and one database ping: what any route of the app can reach at most`);
  console.log(`server start to first URL printed: ${app.startMs.toFixed(0)} ms`);
} catch (e) {
  console.error(`bench:api failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  process.exit();
}
