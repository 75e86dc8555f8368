/**
 * Insights in the browser: the daily picture (plots, tables with the API's numbers, range), the
 * massage effect with demo data and with too little data, creamatocrit entries, the emptying
 * reminder on the home screen; axe, 48 px targets and screenshots at 360 × 740, light and dark.
 */
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { generateDemo } from '../src/domain/demo/index.js';
import type { MassageEffect, Summary } from '../src/domain/insights/index.js';
import { InsightsPage } from './pages/insights-page.js';
import { screenshotDir, useTestApp, type PageOptions } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';
import { BROWSER_TIME_ZONE } from './support/time-zone.js';

const TZ = BROWSER_TIME_ZONE;

async function householdId(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as { households: { id: string }[] };
  return me.households[0]?.id ?? '';
}

/** Fills the signed-in household with the demo generator's synthetic sessions and checks, through the API. */
async function seedDemo(page: Page, days: number): Promise<void> {
  const hid = await householdId(page);
  const now = Date.now();
  const offsetHours = Number(/GMT([+-]\d+)/.exec(new Intl.DateTimeFormat('en-US', { timeZone: TZ, timeZoneName: 'shortOffset' }).format(now))?.[1] ?? '0');
  const data = generateDemo({ seed: 7, days, endMs: now - 60_000, utcOffsetHours: offsetHours });
  const puts = data.sessions.map((s) => () => page.request.put(`/api/households/${hid}/sessions/${s.id}`, { data: s.input }));
  for (let i = 0; i < puts.length; i += 25) {
    const res = await Promise.all(puts.slice(i, i + 25).map((f) => f()));
    for (const r of res) expect(r.status(), await r.text()).toBe(201);
  }
  for (const c of [...data.checks].sort((a, b) => a.checkedAt.localeCompare(b.checkedAt))) {
    const r = await page.request.put(`/api/households/${hid}/symptom-checks/${c.id}`, { data: { answers: c.answers, checkedAt: c.checkedAt } });
    expect(r.status(), await r.text()).toBe(201);
  }
}

/** A finished two-sided pump that ended `endedMinAgo` minutes ago, optionally with massage during it. */
async function logPump(page: Page, endedMinAgo: number, ml = 60, massage = false): Promise<void> {
  const hid = await householdId(page);
  // One "now" for every instant, so related times cannot drift apart by a millisecond.
  const now = Date.now();
  const ago = (m: number): string => new Date(now - m * 60_000).toISOString();
  const res = await page.request.put(`/api/households/${hid}/sessions/${crypto.randomUUID()}`, {
    data: {
      kind: 'pump',
      babyId: null,
      startedAt: ago(endedMinAgo + 15),
      endedAt: ago(endedMinAgo),
      segments: [],
      leftMl: ml,
      rightMl: ml,
      volumeMl: null,
      milkType: null,
      massage: massage ? { routineId: 'hands-on-pumping', timing: 'during', minutes: 5, tool: 'hands', vibration: false, heat: false } : null,
      painBefore: null,
      painAfter: null,
      fullnessBefore: null,
      fullnessAfter: null,
      notes: '',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}

async function checkScreen(page: Page, name: string, theme: 'light' | 'dark'): Promise<void> {
  expect(await axeViolations(page), `${name} axe`).toEqual([]);
  expect(await smallTargets(page), `${name} targets`).toEqual([]);
  expect(await horizontalOverflow(page), `${name} overflow`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(screenshotDir(), `insights-${name}-${theme}.png`), fullPage: true });
}

/** The summary request for a range of `days` days. */
function isSummaryOf(days: number): (r: Response) => boolean {
  return (r) => {
    const u = new URL(r.url());
    const from = u.searchParams.get('from');
    const to = u.searchParams.get('to');
    return u.pathname.endsWith('/insights/summary') && from !== null && to !== null && Date.parse(to) - Date.parse(from) === (days - 1) * 86_400_000;
  };
}

const ml = (v: number): string => `${n(v)} mL`;
/** A table cell: the number alone (the unit is in the column heading). */
const n = (v: number): string => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(Math.round(v));

browserSuite('insights', () => {
  const app = useTestApp();

  it('shows the daily picture as plots and as tables with the same numbers as the summary API, for the range picked', async () => {
    const { page } = await signedInPage(app);
    await seedDemo(page, 35);
    const first = page.waitForResponse(isSummaryOf(14));
    const insights = await new InsightsPage(page).open();
    const summary = (await (await first).json()) as Summary;
    expect(summary.days).toHaveLength(14);
    expect(await insights.plotsDrawn()).toBe(3);
    // Pointing at a day reads its numbers out under the plot.
    await insights.figure('fig-daily').locator('.u-over').hover({ position: { x: 5, y: 50 } });
    await expect.poll(() => insights.figure('fig-daily').locator('.plot-readout').innerText()).toMatch(/^.+: Left \d+ · Right \d+ mL$/);

    const daily = await insights.tableOf('fig-daily');
    const newestFirst = [...summary.days].reverse();
    expect(daily).toHaveLength(14);
    expect(daily.map((r) => r.slice(1))).toEqual(newestFirst.map((d) => [n(d.pumpedMl.left), n(d.pumpedMl.right), n(d.pumpedMl.total)]));
    expect(await insights.figure('fig-daily').locator('thead').innerText()).toContain('Left (mL)');
    expect(newestFirst.some((d) => d.pumpedMl.total > 0)).toBe(true);

    const trend = await insights.tableOf('fig-trend');
    // An average over fewer than 7 days (near the range's start; today is not over) says how many.
    const average = (p: Summary['trend'][number]): string => (p.movingAverageMl === null ? '–' : p.averageDays < 7 ? `${n(p.movingAverageMl)} (${p.averageDays} d)` : n(p.movingAverageMl));
    expect(trend.map((r) => r.slice(1))).toEqual([...summary.trend].reverse().map((p) => [n(p.totalMl), average(p)]));
    expect(summary.trend[summary.trend.length - 1]?.movingAverageMl).toBeNull();

    const rhythm = await insights.tableOf('fig-rhythm');
    const hours = summary.rhythm.filter((h) => h.n > 0);
    expect(rhythm.map((r) => [r[1], r[2]])).toEqual(hours.map((h) => [String(h.n), n(h.meanMl ?? 0)]));

    // Today's numbers match the last day of the summary.
    const today = summary.days[summary.days.length - 1];
    await expect.poll(() => page.getByTestId('insights-today').innerText()).toContain(ml(today?.pumpedMl.total ?? 0));

    const week = page.waitForResponse(isSummaryOf(7));
    await insights.pickRange('7 days');
    const seven = (await (await week).json()) as Summary;
    expect(seven.days).toHaveLength(7);
    await expect.poll(async () => (await insights.tableOf('fig-daily')).length).toBe(7);
    expect((await insights.tableOf('fig-daily')).map((r) => r[3])).toEqual([...seven.days].reverse().map((d) => n(d.pumpedMl.total)));
    expect(await page.locator('.insights-days > li').count()).toBe(7);
  });

  it('shows the massage effect with its sentence, counts and interval, and explains the method', async () => {
    const { page } = await signedInPage(app);
    await seedDemo(page, 42);
    const got = page.waitForResponse((r) => r.url().includes('/insights/massage-effect?'));
    await new InsightsPage(page).open('/insights/massage');
    const effect = (await (await got).json()) as MassageEffect;
    const card = page.getByTestId('effect-overall');
    await expect.poll(() => card.getByTestId('effect-overall-sentence').innerText()).toBe(effect.overall.sentence.en);
    const counts = await card.getByTestId('effect-overall-counts').innerText();
    expect(counts).toContain(String(effect.overall.nWith));
    expect(counts).toContain(String(effect.overall.nWithout));
    expect(effect.overall.status === 'clear' || effect.overall.status === 'unclear').toBe(true);
    await expect.poll(() => card.locator('svg.interval-plot').count()).toBe(1);
    const table = await new InsightsPage(page).tableOf('effect-overall-interval');
    expect(table[0]?.[1]).toMatch(/^[+\u2212]?\d+ mL$/);
    expect(await page.getByTestId('adjusted-for').innerText()).toMatch(/^Taken into account: time of day, .+ and .+\.$/);
    await page.getByText('How this is worked out').click();
    await expect.poll(() => page.locator('.insights-method').innerText()).toContain('95% interval');
    expect(await page.locator('[data-testid^="effect-"][data-status]').count()).toBeGreaterThan(1);
  });

  it('says plainly when there is not enough data', async () => {
    const { page } = await signedInPage(app);
    await logPump(page, 120, 50, true);
    await logPump(page, 300, 45, false);
    await new InsightsPage(page).open('/insights/massage');
    const card = page.getByTestId('effect-overall');
    await expect.poll(() => card.getAttribute('data-status')).toBe('not-enough-data');
    expect(await card.innerText()).toContain('Not enough data yet');
    expect(await card.getByTestId('effect-overall-sentence').innerText()).toMatch(/^Not enough data yet: there is 1 session with massage and 1 without/);
    expect(await card.innerText()).toContain('Log 7 more sessions with massage and 7 more sessions without massage.');
    expect(await card.locator('svg').count()).toBe(0);
  });

  it('converts a creamatocrit entry to fat and energy (Wang) and deletes it', async () => {
    const { page } = await signedInPage(app);
    await logPump(page, 60, 50, true);
    await new InsightsPage(page).open('/insights/milk');
    await page.getByTestId('milk-none').waitFor();
    await page.getByLabel('Creamatocrit (%)').fill('5');
    await page.locator('.segmented label', { hasText: 'Hindmilk' }).click();
    // Linking the pump (massage during it) marks the sample as with massage.
    const session = page.getByLabel('From which pumping session (optional)');
    await session.selectOption({ index: 1 });
    expect(await page.getByRole('checkbox', { name: 'Massage before this sample' }).isChecked()).toBe(true);
    const saved = page.waitForResponse((r) => r.url().includes('/creamatocrit/') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save' }).click();
    const res = await saved;
    expect(res.status()).toBe(201);
    const body = (await res.json()) as { sessionId: string | null; massage: boolean; frozen: boolean; cmctPercent: number };
    expect(body).toMatchObject({ massage: true, frozen: false, cmctPercent: 5 });
    expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const entry = page.getByTestId('milk-entry');
    await entry.waitFor();
    expect(await entry.getByTestId('milk-fat').innerText()).toBe('27.8 g/L');
    expect(await entry.getByTestId('milk-energy').innerText()).toBe('624.5 kcal/L');
    expect(await entry.innerText()).toContain('5.0 % · Hindmilk · fresh · with massage');
    expect(await entry.getByTestId('low-precision').count()).toBe(0);
    // Only Wang's equations: Meier's are unconfirmed and can go negative (CLINICAL.md §7).
    expect(await entry.innerText()).not.toMatch(/Meier/);
    await expect.poll(() => page.getByTestId('milk-hind').getAttribute('data-status')).toBe('not-enough-data');

    await entry.getByRole('button', { name: 'Delete' }).click();
    const gone = page.waitForResponse((r) => r.url().includes('/creamatocrit/') && r.request().method() === 'DELETE');
    await entry.getByRole('button', { name: 'Yes, delete it' }).click();
    expect((await gone).status()).toBe(204);
    await page.getByTestId('milk-none').waitFor();
    expect(await page.getByTestId('milk-entry').count()).toBe(0);
  });

  it('shows "due" on the home screen once a breast passes the reminder set in settings, with a notification when allowed', async () => {
    const { page, home } = await signedInPage(app);
    // A stand-in for the browser's notifications: she allows them, and each one shown is recorded.
    await page.addInitScript(() => {
      const shown: string[] = [];
      class RecordingNotification {
        static get permission(): string {
          return localStorage.getItem('test.notifications') ?? 'default';
        }
        static requestPermission(): Promise<string> {
          localStorage.setItem('test.notifications', 'granted');
          return Promise.resolve('granted');
        }
        constructor(title: string, options?: { body?: string }) {
          shown.push(`${title}: ${options?.body ?? ''}`);
        }
      }
      Object.assign(window, { Notification: RecordingNotification, __shown: shown });
    });
    expect(await page.getByTestId('emptying').innerText()).toContain('Reminders are off');
    await page.goto('/settings');
    const reminder = page.getByRole('checkbox', { name: 'Remind me' });
    const on = page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PUT');
    await reminder.check();
    expect(((await (await on).json()) as { user: { preferences: { emptyingReminder: unknown } } }).user.preferences.emptyingReminder).toEqual({ dayHours: 3, nightHours: 5 });
    await page.getByLabel('Daytime, after (hours)').fill('2');
    await page.getByLabel('At night, after (hours)').fill('2,5');
    // Leaving a field saves it too; the last save has both values.
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && (r.request().postData() ?? '').includes('"nightHours":2.5'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect(((await (await saved).json()) as { user: { preferences: { emptyingReminder: unknown } } }).user.preferences.emptyingReminder).toEqual({ dayHours: 2, nightHours: 2.5 });
    await page.getByRole('button', { name: 'Allow notifications' }).click();
    await expect.poll(() => page.getByTestId('notification-state').innerText()).toContain('Notifications are allowed');
    await page.screenshot({ path: join(screenshotDir(), 'insights-settings-light.png'), fullPage: true });

    await logPump(page, 4 * 60);
    await home.open();
    const left = page.getByTestId('emptying-left');
    await expect.poll(() => left.innerText()).toContain('Due');
    expect(await left.innerText()).toMatch(/4 h( \d min)?/);
    expect(await page.getByTestId('emptying-right').innerText()).toContain('Due');
    expect(await page.getByTestId('emptying-banner').innerText()).toContain('fed or pumped on either side');
    const shown = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    await expect.poll(async () => (await shown()).length).toBe(2);
    expect((await shown()).sort()).toEqual([expect.stringMatching(/^Lactea: 4 h( \d min)? since you last fed or pumped on the left side\.$/), expect.stringMatching(/on the right side/)]);
    // Once per emptying: a reload does not repeat it.
    await page.reload();
    await expect.poll(() => left.innerText()).toContain('Due');
    expect(await shown()).toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'insights-home-due-light.png'), fullPage: true });

    await logPump(page, 5);
    await page.reload();
    await home.waitUntilReady();
    await expect.poll(() => left.innerText()).toMatch(/just now|\d min/);
    expect(await page.getByTestId('emptying-banner').count()).toBe(0);
  });

  it('speaks Spanish: the screens and the sentences as the API writes them', async () => {
    const { page } = await signedInPage(app);
    await seedDemo(page, 28);
    expect((await page.request.put('/api/me/preferences', { data: { language: 'es' } })).ok()).toBe(true);
    const got = page.waitForResponse((r) => r.url().includes('/insights/massage-effect?'));
    await page.goto('/insights/massage');
    const effect = (await (await got).json()) as MassageEffect;
    await page.getByRole('heading', { level: 1, name: '¿Me ayuda el masaje?' }).waitFor();
    await expect.poll(() => page.getByTestId('effect-overall-sentence').innerText()).toBe(effect.overall.sentence.es);
    expect(await page.getByTestId('effect-overall-counts').innerText()).toContain('Sesiones con masaje');
    await page.screenshot({ path: join(screenshotDir(), 'insights-massage-es-light.png'), fullPage: true });
    await page.goto('/insights');
    await page.getByRole('heading', { level: 1, name: 'Tendencias' }).waitFor();
    await page.locator('.plot canvas').first().waitFor();
    expect(await page.getByTestId('fig-daily').innerText()).toContain('Extraído cada día');
    await page.screenshot({ path: join(screenshotDir(), 'insights-overview-es-light.png'), fullPage: true });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe and keeps targets and width on each insights screen (${theme})`, async () => {
      const options: PageOptions = { colorScheme: theme, bypassCSP: true };
      const { page } = await signedInPage(app, options);
      await seedDemo(page, 30);
      const hid = await householdId(page);
      for (const [i, cmct] of [4.2, 6.5, 1.5].entries()) {
        const r = await page.request.put(`/api/households/${hid}/creamatocrit/${crypto.randomUUID()}`, {
          data: { measuredAt: new Date(Date.now() - (i + 1) * 86_400_000).toISOString(), cmctPercent: cmct, sample: i === 2 ? 'fore' : 'hind', frozen: i === 1, massage: i === 0, sessionId: null },
        });
        expect(r.status()).toBe(201);
      }
      const insights = await new InsightsPage(page).open();
      await insights.plotsDrawn();
      await checkScreen(page, 'overview', theme);
      await insights.tableOf('fig-daily');
      await checkScreen(page, 'overview-table', theme);
      await insights.open('/insights/massage');
      await page.getByTestId('effect-overall').waitFor();
      await page.getByText('How this is worked out').click();
      await checkScreen(page, 'massage', theme);
      await insights.open('/insights/milk');
      await page.getByTestId('milk-entry').first().waitFor();
      await checkScreen(page, 'milk', theme);
      await page.goto('/');
      await page.getByTestId('emptying').waitFor();
      await checkScreen(page, 'home', theme);
    });
  }
});
