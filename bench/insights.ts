/**
 * Insights over three years of data (~15,000 sessions): the pure computations (what the server and
 * the browser both run) in Node and in headless Chromium, and the two API routes end to end on
 * SQLite. Prints the median of several runs in ms. Run: node --import tsx bench/insights.ts
 * (Chromium from CHROMIUM_PATH, default /usr/bin/chromium; that part is skipped when it is missing.)
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { loadConfig } from '../src/config.js';
import { fillDemo } from '../src/cli/commands/demo.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { generateDemo } from '../src/domain/demo/index.js';
import { massageEffect } from '../src/domain/insights/massage-effect.js';
import { insightsSummary } from '../src/domain/insights/summary.js';
import { addCalendarDays, localDate } from '../src/domain/time.js';
import { buildApp } from '../src/server/app.js';

const RUNS = 21;
const TZ = 'Europe/Madrid';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

async function time(label: string, f: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await f(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await f();
    xs.push(performance.now() - t0);
  }
  const m = median(xs);
  console.log(`${label.padEnd(58)} median ${m.toFixed(1).padStart(7)} ms   (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${RUNS} runs)`);
  return m;
}

const now = new Date();
const data = generateDemo({ seed: 42, days: 1095, endMs: now.getTime(), utcOffsetHours: 1 });
const sessions = data.sessions.map((s) => ({ ...s.input, deletedAt: null }));
const checks = data.checks.map((c) => ({ checkedAt: c.checkedAt, level: 'self-care' as const }));
const to = localDate(now.getTime(), TZ);
const from3y = addCalendarDays(to, -1094);
console.log(`${sessions.length} synthetic sessions over 1095 days (${sessions.filter((s) => s.kind === 'pump').length} pumping sessions)\n`);

console.log('Pure computations (domain/insights, shared by server and browser):');
// The service reads only the range (and a day before) from the database.
const from90 = addCalendarDays(to, -89);
const firstLogged = sessions.reduce<string | null>((a, s) => (a === null || s.startedAt < a ? s.startedAt : a), null);
const last90 = sessions.filter((s) => s.startedAt >= new Date(now.getTime() - 91 * 86_400_000).toISOString());
await time('summary, last 90 days', () =>
  insightsSummary(last90, { checks, from: from90, to, timeZone: TZ, nowMs: now.getTime(), threshold: { dayHours: 3, nightHours: 5 }, firstLoggedAt: firstLogged }),
);
await time('summary, all 1095 days', () => insightsSummary(sessions, { checks, from: from3y, to, timeZone: TZ, nowMs: now.getTime(), threshold: { dayHours: 3, nightHours: 5 }, firstLoggedAt: firstLogged }));
await time('massage effect, all 1095 days (overall + by routine)', () => massageEffect(sessions, TZ));

console.log('\nThrough the API on SQLite (query + computation + JSON):');
const database = openDatabase(':memory:');
await migrateToLatest(database.db);
const app = await buildApp(loadConfig({}, { logLevel: 'silent', authRateLimit: 100_000, webRoot: '/nonexistent', databaseUrl: ':memory:' }), database);
await app.ready();
const signup = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'bench@example.org', password: 'a long enough password' } });
const cookieValue = signup.cookies.find((c) => c.name === 'lactea_session')?.value ?? '';
const body = signup.json() as { user: { id: string }; households: { id: string }[] };
const hid = body.households[0]?.id ?? '';
const t0 = performance.now();
await fillDemo(database.db, body.user.id, hid, data, now);
console.log(`(filled ${sessions.length} sessions through putSession in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url, headers: { cookie: `lactea_session=${cookieValue}` } });
  if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
  return r.body.length;
};
await time('GET …/insights/summary, last 90 days', () => get(`/api/households/${hid}/insights/summary?tz=${TZ}&from=${from90}&to=${to}`));
await time('GET …/insights/summary, all 1095 days', () => get(`/api/households/${hid}/insights/summary?tz=${TZ}&from=${from3y}&to=${to}`));
await time('GET …/insights/massage-effect, all 1095 days', () => get(`/api/households/${hid}/insights/massage-effect?tz=${TZ}&from=${from3y}&to=${to}`));
await app.close();
await database.close();

// ---- The same computations in the browser: bundled with Vite, timed inside headless Chromium. ----
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM_PATH)) {
  console.log(`\nBrowser: skipped (no Chromium at ${CHROMIUM_PATH}; set CHROMIUM_PATH)`);
} else {
  const entry = `
import { generateDemo } from './src/domain/demo/index.ts';
import { massageEffect } from './src/domain/insights/massage-effect.ts';
import { insightsSummary } from './src/domain/insights/summary.ts';
import { addCalendarDays, localDate } from './src/domain/time.ts';
window.benchInsights = (nowMs, tz, runs) => {
  const data = generateDemo({ seed: 42, days: 1095, endMs: nowMs, utcOffsetHours: 1 });
  const sessions = data.sessions.map((s) => ({ ...s.input, deletedAt: null }));
  const to = localDate(nowMs, tz);
  const from90 = addCalendarDays(to, -89);
  const cut = new Date(nowMs - 91 * 86400000).toISOString();
  const last90 = sessions.filter((s) => s.startedAt >= cut);
  const firstLoggedAt = sessions.reduce((a, s) => (a === null || s.startedAt < a ? s.startedAt : a), null);
  const opts = (from, list) => [list, { from, to, timeZone: tz, nowMs, threshold: { dayHours: 3, nightHours: 5 }, firstLoggedAt }];
  const cases = {
    'summary, last 90 days': () => insightsSummary(...opts(from90, last90)),
    'summary, all 1095 days': () => insightsSummary(...opts(addCalendarDays(to, -1094), sessions)),
    'massage effect, all 1095 days (overall + by routine)': () => massageEffect(sessions, tz),
  };
  const out = {};
  for (const [label, f] of Object.entries(cases)) {
    for (let i = 0; i < 3; i++) f();
    const xs = [];
    for (let i = 0; i < runs; i++) { const t0 = performance.now(); f(); xs.push(performance.now() - t0); }
    xs.sort((a, b) => a - b);
    out[label] = { median: xs[xs.length >> 1], min: xs[0], max: xs[xs.length - 1] };
  }
  return { n: sessions.length, out };
};
`;
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    plugins: [{ name: 'bench-entry', resolveId: (id) => (id === 'virtual:bench' ? '\0bench' : null), load: (id) => (id === '\0bench' ? entry : null) }],
    build: { write: false, rollupOptions: { input: 'virtual:bench', output: { format: 'iife' } } },
  });
  const output = (Array.isArray(built) ? built[0] : built) as Rollup.RollupOutput;
  const chunk = output.output.find((c): c is Rollup.OutputChunk => c.type === 'chunk');
  if (!chunk) throw new Error('the browser bundle was not built');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: chunk.code });
    const r = await page.evaluate(
      ([nowMs, tz, runs]) => (window as unknown as { benchInsights: (n: number, t: string, r: number) => { n: number; out: Record<string, { median: number; min: number; max: number }> } }).benchInsights(nowMs, tz, runs),
      [now.getTime(), TZ, RUNS] as const,
    );
    console.log(`\nIn headless Chromium (${r.n} sessions, bundle ${(chunk.code.length / 1024).toFixed(0)} kB minified, with the demo generator):`);
    for (const [label, m] of Object.entries(r.out)) {
      console.log(`${label.padEnd(58)} median ${m.median.toFixed(1).padStart(7)} ms   (min ${m.min.toFixed(1)}, max ${m.max.toFixed(1)}, ${RUNS} runs)`);
    }
  } finally {
    await browser.close();
  }
}
