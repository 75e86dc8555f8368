/**
 * The massage goes where it belongs in the log, end to end, and the massage-effect estimate counts
 * each pump on the right side: "Massage first?" → a routine → Nurse left / Log a pump (the massage
 * on that session as *before*); hands-on pumping from the pump form and from the library (a pump
 * session with the massage *during*, finished with the volumes); a routine put *after* an ended
 * pump only when she picks it (which the estimate counts as without massage). Also logging after
 * the fact: the "+" in the log, a nursing entry with minutes per side, the pump timer on home.
 *
 * Routines run on a sped-up clock (`lactea.massage.speed` in the tab, see web/state/massage-clock.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { EntryPage } from './pages/entry-page.js';
import { HomePage } from './pages/home-page.js';
import { LogPage } from './pages/log-page.js';
import { MassagePage, PlayerPage } from './pages/massage-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';
import { householdOf } from './support/offline.js';
import { BROWSER_TIME_ZONE } from './support/time-zone.js';

interface Massage {
  routineId: string | null;
  timing: string;
  minutes: number;
}
interface Stored {
  id: string;
  kind: string;
  startedAt: string;
  endedAt: string | null;
  leftMl: number | null;
  rightMl: number | null;
  segments: { side: string; start: string; end: string | null }[];
  massage: Massage | null;
}

async function sessions(page: Page): Promise<Stored[]> {
  const res = await page.request.get(`/api/households/${await householdOf(page)}/sessions`);
  return ((await res.json()) as { sessions: Stored[] }).sessions;
}

/** How many pumps the massage-effect estimate counts with and without massage. */
async function effectCounts(page: Page): Promise<{ nWith: number; nWithout: number }> {
  const hid = await householdOf(page);
  const res = await page.request.get(`/api/households/${hid}/insights/massage-effect?tz=${encodeURIComponent(BROWSER_TIME_ZONE)}`);
  expect(res.status()).toBe(200);
  const { overall } = (await res.json()) as { overall: { nWith: number; nWithout: number } };
  return { nWith: overall.nWith, nWithout: overall.nWithout };
}

/** Routines in this tab run `speed` times faster; "when not to massage" counts as read (from the next load). */
async function fastRoutines(page: Page, speed: number): Promise<void> {
  await page.evaluate((s) => {
    sessionStorage.setItem('lactea.massage.speed', String(s));
    localStorage.setItem('lactea.massage.whenNotRead', '1');
  }, speed);
  await new HomePage(page).open();
}

const putOf = (page: Page, kind: string) =>
  page.waitForResponse(async (r) => {
    if (r.request().method() !== 'PUT' || !r.url().includes('/sessions/') || !r.ok()) return false;
    return ((r.request().postDataJSON() as { kind?: string }).kind ?? '') === kind;
  });

async function finishPumpForm(page: Page, left: string, right: string): Promise<Stored> {
  await page.getByRole('heading', { name: 'Finish pump', level: 1 }).waitFor();
  const form = new EntryPage(page);
  await form.fillPump(left, right);
  const saved = page.waitForResponse(async (r) => r.request().method() === 'PUT' && r.url().includes('/sessions/') && r.ok() && (r.request().postDataJSON() as { endedAt: string | null }).endedAt !== null);
  await form.save();
  return (await (await saved).json()) as Stored;
}

browserSuite('the massage in the log', () => {
  const app = useTestApp();

  it('"Massage first?" → let-down → Nurse left starts that feed with the massage before it', async () => {
    const { page, home } = await signedInPage(app);
    await fastRoutines(page, 60);
    await page.locator('.massage-first').getByRole('link', { name: 'Let-down massage' }).click();
    await new MassagePage(page).start();
    const player = new PlayerPage(page);
    await player.finishTitle().waitFor({ timeout: 20_000 });
    await page.getByText('Feed or pump now?').waitFor();
    // Started before a feed: nothing offers to put it after an earlier session.
    expect(await player.attachAfter().count()).toBe(0);

    const started = putOf(page, 'nurse');
    await page.getByRole('button', { name: 'Nurse left', exact: true }).click();
    const nurse = (await (await started).json()) as Stored;
    expect(nurse).toMatchObject({ kind: 'nurse', endedAt: null, massage: { routineId: 'let-down', timing: 'before', minutes: 4 } });
    expect(nurse.segments).toEqual([{ side: 'left', start: nurse.startedAt, end: null }]);
    // The massage ran before the feed started.
    await home.timer().waitFor();
    expect(await home.currentSide()).toBe('left');
    expect((await sessions(page)).map((s) => s.kind)).toEqual(['nurse']);
  });

  it('"Massage first?" → Log a pump starts a pump timer; finishing asks the volumes and the estimate counts it with massage', async () => {
    const { page, home } = await signedInPage(app);
    await fastRoutines(page, 60);
    await page.locator('.massage-first').getByRole('link', { name: 'Reverse pressure softening' }).click();
    await new MassagePage(page).start();
    await new PlayerPage(page).finishTitle().waitFor({ timeout: 30_000 });

    const started = putOf(page, 'pump');
    await page.getByRole('button', { name: 'Log a pump', exact: true }).click();
    const pump = (await (await started).json()) as Stored;
    expect(pump).toMatchObject({ kind: 'pump', endedAt: null, leftMl: null, massage: { routineId: 'reverse-pressure-softening', timing: 'before' } });
    expect(pump.segments.map((g) => g.side)).toEqual(['left', 'right']);

    await home.pumpTimer().waitFor();
    await expect.poll(() => home.pumpSeconds('total'), { timeout: 5000 }).toBeGreaterThanOrEqual(1);
    await home.pumpButton('Finish');
    const saved = await finishPumpForm(page, '55', '45');
    expect(saved).toMatchObject({ id: pump.id, kind: 'pump', leftMl: 55, rightMl: 45, massage: { timing: 'before' } });
    expect(saved.segments.every((g) => g.end !== null && g.end <= (saved.endedAt ?? ''))).toBe(true);
    await home.waitUntilReady();
    expect(await home.pumpTimer().count()).toBe(0);
    expect(await effectCounts(page)).toEqual({ nWith: 1, nWithout: 0 });
  });

  it('hands-on pumping from the pump form times one pump, with the massage during it', async () => {
    const { page, home } = await signedInPage(app);
    await fastRoutines(page, 120);
    await home.logPump();
    const started = putOf(page, 'pump');
    await page.getByRole('link', { name: 'Hands-on pumping' }).click();
    const running = (await (await started).json()) as Stored;
    expect(running).toMatchObject({ kind: 'pump', endedAt: null, massage: { routineId: 'hands-on-pumping', timing: 'during' } });

    await new PlayerPage(page).finishTitle().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Enter the volumes' }).click();
    const saved = await finishPumpForm(page, '70', '50');
    expect(saved.id).toBe(running.id);
    expect(saved).toMatchObject({ kind: 'pump', leftMl: 70, rightMl: 50, massage: { routineId: 'hands-on-pumping', timing: 'during' } });
    expect(saved.massage?.minutes).toBeGreaterThan(0);
    // One pump, not a pump and a massage.
    expect((await sessions(page)).map((s) => s.kind)).toEqual(['pump']);
    expect(await effectCounts(page)).toEqual({ nWith: 1, nWithout: 0 });
  });

  it('hands-on pumping from the library takes over a pump timer already running', async () => {
    const { page, home } = await signedInPage(app);
    await fastRoutines(page, 120);
    await home.logPump();
    const started = putOf(page, 'pump');
    await page.getByRole('button', { name: 'Both', exact: true }).click();
    const timer = (await (await started).json()) as Stored;
    await home.pumpTimer().waitFor();

    await new MassagePage(page).openLibrary();
    await page.getByRole('link', { name: 'Hands-on pumping' }).click();
    const attached = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(timer.id) && r.ok());
    await new MassagePage(page).start();
    expect(((await (await attached).json()) as Stored).massage).toMatchObject({ routineId: 'hands-on-pumping', timing: 'during' });
    await new PlayerPage(page).finishTitle().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Enter the volumes' }).click();
    const saved = await finishPumpForm(page, '40', '');
    expect(saved).toMatchObject({ id: timer.id, leftMl: 40, rightMl: null, massage: { timing: 'during' } });
    expect(await effectCounts(page)).toEqual({ nWith: 1, nWithout: 0 });
  });

  it('a routine goes after an ended pump only when she picks it, and the estimate then counts that pump without massage', async () => {
    const { page } = await signedInPage(app);
    // A pump that ended 10 minutes ago (the sped-up routine would otherwise overlap a pump just logged).
    const now = Date.now();
    const pump = { kind: 'pump', startedAt: new Date(now - 25 * 60_000).toISOString(), endedAt: new Date(now - 10 * 60_000).toISOString(), leftMl: 60, rightMl: 50 };
    expect((await page.request.put(`/api/households/${await householdOf(page)}/sessions/${crypto.randomUUID()}`, { data: pump })).status()).toBe(201);
    await fastRoutines(page, 60);
    await new MassagePage(page).openLibrary();
    await page.getByRole('link', { name: 'Let-down massage' }).click();
    await new MassagePage(page).start();
    const player = new PlayerPage(page);
    await player.finishTitle().waitFor({ timeout: 20_000 });
    await player.attachAfter().click();
    await page.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    const [saved] = await sessions(page);
    expect(saved?.massage).toMatchObject({ routineId: 'let-down', timing: 'after' });
    expect(await effectCounts(page)).toEqual({ nWith: 0, nWithout: 1 });
  });

  it('times a pump on the home screen: per side, paused, through a reload, finished with the volumes', async () => {
    const { page, home } = await signedInPage(app);
    await home.logPump();
    await page.getByRole('button', { name: 'Left', exact: true }).click();
    await home.pumpTimer().waitFor();
    await expect.poll(() => home.pumpSeconds('left'), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(await home.pumpSeconds('right')).toBe(0);
    const switched = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/') && r.ok());
    await home.pumpButton('Both');
    expect((await switched).status()).toBe(200);
    await expect.poll(() => home.pumpSeconds('right'), { timeout: 5000 }).toBeGreaterThanOrEqual(1);

    await page.reload();
    const again = new HomePage(page);
    await again.pumpTimer().waitFor();
    expect(await again.pumpSeconds('left')).toBeGreaterThanOrEqual(3);
    await again.pumpButton('Pause');
    await again.pumpTimer().getByText('Paused').waitFor();
    const paused = await again.pumpSeconds('total');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await again.pumpSeconds('total')).toBe(paused);

    await again.pumpButton('Finish');
    const saved = await finishPumpForm(page, '30', '25');
    expect(saved).toMatchObject({ leftMl: 30, rightMl: 25, massage: null });
    // Ended when it was paused, not when she got round to the volumes.
    const lastEnd = Math.max(...saved.segments.map((g) => Date.parse(g.end ?? '')));
    expect(Date.parse(saved.endedAt ?? '')).toBe(lastEnd);
    expect(saved.segments.map((g) => g.side)).toEqual(['left', 'left', 'right']);
  });

  it('the "+" in the log adds a nursing entry with its start time and minutes per side', async () => {
    const { page } = await signedInPage(app);
    const log = await new LogPage(page).open();
    await page.getByLabel('Add an entry').click();
    await page.getByRole('link', { name: 'Nursing' }).click();
    await page.getByRole('heading', { name: 'Log a feed', level: 1 }).waitFor();
    const start = await page.getByLabel('Started').inputValue();
    const startIso = await page.evaluate((v) => new Date(v).toISOString(), start);
    await page.locator('.segmented label', { hasText: 'Right' }).click();
    const form = new EntryPage(page);
    // Minutes on no side: asked for.
    await page.getByLabel('Left (minutes)').fill('0');
    await form.save();
    await page.getByText('Enter the minutes for at least one side.').first().waitFor();
    await page.getByLabel('Right (minutes)').fill('12');
    await page.getByLabel('Left (minutes)').fill('7');
    const saved = putOf(page, 'nurse');
    await form.save();
    const body = (await (await saved).json()) as Stored;
    expect(body.startedAt).toBe(startIso);
    expect(body.segments.map((g) => g.side)).toEqual(['right', 'left']);
    expect(Date.parse(body.endedAt ?? '') - Date.parse(body.startedAt)).toBe(19 * 60_000);
    await log.open();
    await expect.poll(() => log.summaries()).toEqual([expect.stringContaining('L 7 min · R 12 min')]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe and layout checks on the pump timer, the finish choices and the "+" (${theme})`, async () => {
      const { page, home } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      const check = async (name: string): Promise<void> => {
        await page.screenshot({ path: join(screenshotDir(), `log-${name}-${theme}.png`), fullPage: true });
        expect(await axeViolations(page), `axe on ${name} (${theme})`).toEqual([]);
        expect(await smallTargets(page), `small targets on ${name} (${theme})`).toEqual([]);
        expect(await horizontalOverflow(page), `sideways scroll on ${name} (${theme})`).toBeLessThanOrEqual(0);
      };
      await fastRoutines(page, 60);
      await page.locator('.massage-first').getByRole('link', { name: 'Let-down massage' }).click();
      await new MassagePage(page).start();
      await new PlayerPage(page).finishTitle().waitFor({ timeout: 20_000 });
      await page.getByText('Feed or pump now?').waitFor();
      await check('finish-start');
      await page.getByRole('button', { name: 'Log a pump', exact: true }).click();
      await home.pumpTimer().waitFor();
      await check('home-pump-timer');
      await home.pumpButton('Finish');
      await page.getByRole('heading', { name: 'Finish pump', level: 1 }).waitFor();
      await check('finish-pump');
      await home.open();
      await home.pumpButton('Finish');
      await finishPumpForm(page, '50', '40');
      await home.logPump();
      await page.getByRole('heading', { name: 'Log a pump', level: 1 }).waitFor();
      await check('pump-screen');
      const log = await new LogPage(page).open();
      await page.getByLabel('Add an entry').click();
      await page.getByRole('link', { name: 'Nursing' }).waitFor();
      await check('log-add');
      expect(await log.entries().count()).toBe(1);
      await page.getByRole('link', { name: 'Nursing' }).click();
      await page.getByRole('heading', { name: 'Log a feed', level: 1 }).waitFor();
      await check('nurse-entry');
    });
  }

  it('fits the Spanish words at 360 px: the finish choices, the pump timer and the feed entry', async () => {
    const { page } = await signedInPage(app, { colorScheme: 'dark', bypassCSP: true });
    await fastRoutines(page, 60);
    await (await new SettingsPage(page).open()).choose('Español');
    await page.goto('/');
    await page.locator('.massage-first').getByRole('link', { name: 'Masaje para la bajada' }).click();
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await new PlayerPage(page).finishTitle().waitFor({ timeout: 20_000 });
    await page.getByText('¿Das el pecho o te extraes ahora?').waitFor();
    const check = async (name: string): Promise<void> => {
      await page.screenshot({ path: join(screenshotDir(), `log-${name}-es-dark.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    };
    await check('finish-start');
    await page.getByRole('button', { name: 'Extracción', exact: true }).click();
    await page.getByTestId('pump-timer').waitFor();
    await check('home-pump-timer');
    await page.goto('/nurse');
    await page.getByRole('heading', { name: 'Anotar una toma', level: 1 }).waitFor();
    await check('nurse-entry');
  });
});
