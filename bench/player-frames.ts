/**
 * npm run bench:player-frames — is the massage player smooth on a mid-range phone? Serves the built
 * web app (dist/web; `npm run build:web` first) with an in-memory database, opens the player at
 * 360 × 740 in Chromium with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), and counts
 * animation frames for a few seconds on steps whose hand moves (SMIL), against a baseline measured in
 * the same run: the same step with reduced motion (a still picture; the countdown still ticks).
 *
 * A frame is "dropped" when the gap between two requestAnimationFrame callbacks spans more than one
 * 60 Hz frame (each extra 16.7 ms counts one). Prints one row per step and mode. Not a test.
 */
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../src/server/server.js';

const SECONDS = Number(process.env.SECONDS ?? 8);
const THROTTLE = 4;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Routine, how many steps to skip to reach the step, and what moves there. */
const STEPS = [
  { routine: 'lymphatic-drainage', skips: 1, what: 'feather-light strokes toward the armpit (animateMotion)' },
  { routine: 'let-down', skips: 1, what: 'small circles round the breast (a long animateMotion path)' },
  { routine: 'hand-expression', skips: 4, what: 'thumb and finger squeezing, drops of milk (animateTransform, animate)' },
] as const;

interface Frames {
  frames: number;
  dropped: number;
  longest: number;
}

async function measure(browser: Browser, url: string, cookie: string, step: (typeof STEPS)[number], motion: boolean): Promise<Frames> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, reducedMotion: motion ? 'no-preference' : 'reduce', serviceWorkers: 'block' });
  await context.addCookies([{ name: 'lactea_session', value: cookie, url }]);
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('lactea.massage.whenNotRead', '1'));
  await page.goto(`/massage/${step.routine}/play`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (let i = 0; i < step.skips; i++) await page.getByRole('button', { name: 'Skip', exact: true }).click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.waitForTimeout(500);
  // Passed as text: tsx would otherwise wrap named functions in a helper the page does not have.
  const result = (await page.evaluate(`new Promise((resolve) => {
    const times = [];
    const end = performance.now() + ${SECONDS * 1000};
    const frame = (t) => {
      times.push(t);
      if (t < end) return requestAnimationFrame(frame);
      let dropped = 0;
      let longest = 0;
      for (let i = 1; i < times.length; i++) {
        const dt = times[i] - times[i - 1];
        longest = Math.max(longest, dt);
        if (dt > 1.5 * (1000 / 60)) dropped += Math.round(dt / (1000 / 60)) - 1;
      }
      resolve({ frames: times.length - 1, dropped, longest });
    };
    requestAnimationFrame(frame);
  })`)) as Frames;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return result;
}

const server = await startServer({ host: '127.0.0.1', port: 0, databaseUrl: ':memory:', webRoot: resolve('dist/web'), logLevel: 'silent', authRateLimit: 100_000 }, {});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const signup = await fetch(`${server.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'frames@example.org', password: 'a long enough bench password' }),
  });
  const cookie = /lactea_session=([^;]+)/.exec(signup.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`sign-up failed: ${signup.status}`);
  console.log(`Player frames, Chromium at 360 × 740, CPU throttled ${THROTTLE}×, ${SECONDS} s per row (60 Hz: ~${SECONDS * 60} frames)`);
  console.log('step                                         mode     frames  dropped  dropped %  longest gap');
  for (const step of STEPS) {
    for (const motion of [false, true]) {
      const r = await measure(browser, server.url, cookie, step, motion);
      const pct = (100 * r.dropped) / (r.frames + r.dropped);
      console.log(
        `${`${step.routine} (${step.what.split(' (')[0]})`.slice(0, 44).padEnd(45)}${(motion ? 'moving' : 'still').padEnd(9)}${String(r.frames).padStart(6)}${String(r.dropped).padStart(9)}${pct.toFixed(1).padStart(10)} %${r.longest.toFixed(0).padStart(9)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
