/**
 * npm run bench:lighthouse — issue #7's web budgets, measured on the production build:
 * builds (`npm run build`; `--no-build` reuses dist/), serves it with `lactea serve` from a temporary
 * SQLite database holding a synthetic demo household, signs in, and runs Lighthouse (mobile, the
 * default config) in Debian's Chromium (CHROMIUM_PATH to use another) on the signed-in home screen,
 * then on the sign-in screen. Budgets, on the home screen: performance, accessibility and best
 * practices ≥ 95; first-load JavaScript ≤ 60 KB gzipped; total transfer on first load ≤ 250 KB.
 * Prints each budget PASS/FAIL and the failing audits; exits 1 when a budget fails. Not a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { measureFirstLoad } from './first-load.js';
import { spawnServer } from './lib.js';

const KB = 1024;
const BUDGET = { score: 95, firstLoadJsGzip: 60 * KB, firstLoadTransfer: 250 * KB };
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const EMAIL = 'lighthouse@example.org';
const PASSWORD = 'a long enough bench password';

// Bounded: a stuck browser or server must not hold the run for ever.
const deadline = setTimeout(() => {
  console.error('bench:lighthouse — gave up after 5 minutes');
  process.exit(2);
}, 5 * 60_000);
deadline.unref();

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** The audits that cost points in a category: scored, weighted, below 0.9. */
function failing(lhr: Result, category: string): string[] {
  const out: string[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const a = lhr.audits[ref.id];
    if (!a || ref.weight === 0 || a.score === null || a.score >= 0.9) continue;
    const value = a.displayValue ? ` (${a.displayValue})` : '';
    out.push(`${a.id}: ${a.title}${value} [score ${a.score.toFixed(2)}, weight ${ref.weight}]`);
  }
  return out;
}

/** Why: performance diagnostics with estimated savings, and the elements that moved. */
function diagnostics(lhr: Result): string[] {
  const out: string[] = [];
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    const a = lhr.audits[ref.id];
    if (!a || ref.weight !== 0 || a.score === null || a.score >= 0.9 || !a.displayValue) continue;
    out.push(`${a.id}: ${a.title} (${a.displayValue})`);
  }
  const shifts = (lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string }; score?: number }[] } | undefined)?.items ?? [];
  for (const s of shifts.slice(0, 3)) out.push(`layout shift ${(s.score ?? 0).toFixed(3)}: ${s.node?.selector ?? '?'}`);
  return out;
}

/** Transfer sizes from Lighthouse's network log: everything, and scripts alone. */
function transfer(lhr: Result): { total: number; script: number; requests: number } {
  const items = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const total = lhr.audits['total-byte-weight']?.numericValue ?? items.reduce((a, r) => a + (r.transferSize ?? 0), 0);
  const script = items.filter((r) => r.resourceType === 'Script').reduce((a, r) => a + (r.transferSize ?? 0), 0);
  return { total, script, requests: items.length };
}

/** What makes the app installable, checked by hand: Lighthouse 12 has no PWA category any more. */
async function pwaChecks(base: string): Promise<string[]> {
  const html = await (await fetch(base)).text();
  const href = /<link[^>]+rel="manifest"[^>]+href="([^"]+)"/.exec(html)?.[1] ?? /<link[^>]+href="([^"]+)"[^>]+rel="manifest"/.exec(html)?.[1];
  const lines: string[] = [];
  const check = (ok: boolean, what: string) => lines.push(`${ok ? 'ok  ' : 'MISS'} ${what}`);
  check(Boolean(href), 'index.html links a web app manifest');
  if (href) {
    const r = await fetch(new URL(href, base));
    const m = (r.ok ? await r.json() : {}) as { name?: string; start_url?: string; display?: string; icons?: { purpose?: string }[] };
    check(r.ok && Boolean(m.name) && Boolean(m.start_url), `manifest ${href} served with name and start_url`);
    check(['standalone', 'fullscreen', 'minimal-ui'].includes(m.display ?? ''), `manifest display is standalone (${m.display ?? 'none'})`);
    check(Boolean(m.icons?.length), `manifest has icons (${m.icons?.length ?? 0})`);
    check(Boolean(m.icons?.some((i) => i.purpose?.includes('maskable'))), 'manifest has a maskable icon');
  }
  const sw = await fetch(new URL('/sw.js', base));
  check(sw.ok && (sw.headers.get('content-type') ?? '').includes('javascript'), 'service worker /sw.js served as JavaScript');
  check(/<meta[^>]+name="theme-color"/.test(html), 'theme-color meta');
  check(/<meta[^>]+name="viewport"/.test(html), 'viewport meta');
  return lines;
}

if (!existsSync(CHROMIUM)) {
  console.error(`bench:lighthouse — no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  process.exit(2);
}
if (process.argv[2] !== '--no-build') execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const firstLoad = measureFirstLoad('dist/web');

const dir = mkdtempSync(join(tmpdir(), 'lactea-lighthouse-'));
const db = join(dir, 'lactea.db');
let chrome: LaunchedChrome | undefined;
// A failed or timed-out run must not leave a browser behind (lib.ts does the same for the server).
process.on('exit', () => chrome?.kill());
const results: { screen: string; lhr: Result }[] = [];
let pwa: string[] = [];
try {
  // Two weeks of synthetic data, so the home screen shows what a real one does.
  execFileSync(process.execPath, ['bin/lactea.js', 'demo', '--email', EMAIL, '--days', '14', '--seed', '7'], {
    env: { ...process.env, DATABASE_URL: db, LACTEA_PASSWORD: PASSWORD },
    stdio: 'ignore',
  });
  const server = await spawnServer(
    ['bin/lactea.js', 'serve'],
    { DATABASE_URL: db, LACTEA_HOST: '127.0.0.1', LACTEA_PORT: '0', LACTEA_LOG_LEVEL: 'warn', LACTEA_WEB_ROOT: 'dist/web', LACTEA_AUTH_RATE_LIMIT: '1000' },
    /running at (http:\/\/\S+)/,
  );
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if (!login.ok || !cookie) throw new Error(`could not sign in (${login.status})`);
    pwa = await pwaChecks(server.url);

    const runs: { screen: string; url: string; headers: Record<string, string> }[] = [
      { screen: 'home (signed in)', url: `${server.url}/`, headers: { Cookie: cookie } },
      { screen: 'sign-in', url: `${server.url}/signin`, headers: {} },
    ];
    for (const run of runs) {
      // A fresh browser and profile for each screen: nothing the previous run left behind counts.
      chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
      const r = await lighthouse(run.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, extraHeaders: run.headers, maxWaitForLoad: 30_000 });
      if (!r) throw new Error(`Lighthouse returned nothing for ${run.url}`);
      if (r.lhr.runtimeError) throw new Error(`Lighthouse: ${r.lhr.runtimeError.code} ${r.lhr.runtimeError.message}`);
      chrome.kill();
      chrome = undefined;
      results.push({ screen: run.screen, lhr: r.lhr });
      // LIGHTHOUSE_REPORT_DIR=… keeps each report as JSON, to open in the Lighthouse viewer.
      if (process.env.LIGHTHOUSE_REPORT_DIR) writeFileSync(join(process.env.LIGHTHOUSE_REPORT_DIR, `${run.screen.split(' ')[0]}.json`), JSON.stringify(r.lhr));
    }
  } finally {
    await server.stop();
  }
} finally {
  chrome?.kill();
  rmSync(dir, { recursive: true, force: true });
}

const verdicts: { what: string; ok: boolean }[] = [];
const budget = (what: string, ok: boolean) => {
  verdicts.push({ what, ok });
  return ok ? 'PASS' : 'FAIL';
};

console.log(`bench:lighthouse — Lighthouse ${results[0]?.lhr.lighthouseVersion ?? '?'}, mobile emulation, ${results[0]?.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`);
for (const { screen, lhr } of results) {
  const t = transfer(lhr);
  const home = screen.startsWith('home');
  console.log(`\n${screen}: ${lhr.finalDisplayedUrl}`);
  for (const id of CATEGORIES) {
    const s = score(lhr, id);
    const verdict = home && id !== 'seo' ? `   ${budget(`${screen}: ${id} ≥ ${BUDGET.score}`, s >= BUDGET.score)}` : '';
    console.log(`  ${id.padEnd(15)} ${String(s).padStart(3)}${verdict}`);
  }
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    console.log(`  ${(lhr.audits[id]?.title ?? id).padEnd(25)} ${lhr.audits[id]?.displayValue ?? '?'}`);
  }
  const transferVerdict = home ? `   ${budget(`${screen}: transfer ≤ ${kb(BUDGET.firstLoadTransfer)}`, t.total <= BUDGET.firstLoadTransfer)}` : '';
  console.log(`  first-load transfer: ${kb(t.total)} in ${t.requests} requests (scripts ${kb(t.script)})${transferVerdict}`);
  for (const id of CATEGORIES) for (const f of failing(lhr, id)) console.log(`  - ${id}: ${f}`);
  for (const d of diagnostics(lhr)) console.log(`    · ${d}`);
}

console.log('\nfirst-load files from the build (gzipped):');
for (const { file, gzip } of firstLoad.files) console.log(`  ${kb(gzip).padStart(9)}  ${file}`);
console.log(
  `first-load JavaScript: ${kb(firstLoad.jsGzip)} gzipped   ${budget(`first-load JS ≤ ${kb(BUDGET.firstLoadJsGzip)} gzipped`, firstLoad.jsGzip <= BUDGET.firstLoadJsGzip)}` +
    `   (CSS ${kb(firstLoad.cssGzip)}, index.html ${kb(firstLoad.htmlGzip)})`,
);
console.log('\ninstallable app (Lighthouse 12 dropped its PWA category; checked directly):');
for (const line of pwa) console.log(`  ${line}`);

const failed = verdicts.filter((v) => !v.ok);
console.log(`\n${verdicts.length - failed.length} of ${verdicts.length} budgets pass${failed.length ? `; failing: ${failed.map((v) => v.what).join('; ')}` : ''}`);
process.exitCode = failed.length ? 1 : 0;
