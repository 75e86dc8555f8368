/**
 * Guided massage in the browser: the library, the "when not to massage" gate, the player with a
 * sped-up clock (`?speed=N`, see web/state/massage-clock.ts), finishing into the log, reload and
 * offline play, and accessibility with screenshots at 360 px in light and dark.
 *
 * Offline: the offline test installs the service worker first (support/offline.ts), as a real
 * visit does; the other tests block it. With the network gone the player plays to the end from
 * the bundled content, and the finished routine is saved on the device and sent later.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LogPage } from './pages/log-page.js';
import { MassagePage, PlayerPage } from './pages/massage-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { Shell } from './pages/shell.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';
import { householdOf, installedPage } from './support/offline.js';

interface Recorded {
  wake: string[];
  vibrations: number;
}

/** Stands in for the Wake Lock API and the vibration motor, recording what the page asks of them. */
async function recordDevice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const rec = { wake: [] as string[], vibrations: 0 };
    Object.assign(window, { __device: rec });
    const lock = {
      request: () => {
        rec.wake.push('request');
        const sentinel = {
          released: false,
          release: () => {
            sentinel.released = true;
            rec.wake.push('release');
            return Promise.resolve();
          },
        };
        return Promise.resolve(sentinel);
      },
    };
    Object.defineProperty(navigator, 'wakeLock', { value: lock, configurable: true });
    Object.defineProperty(navigator, 'vibrate', {
      value: () => {
        rec.vibrations += 1;
        return true;
      },
      configurable: true,
    });
  });
}

const recorded = (page: Page): Promise<Recorded> => page.evaluate(() => (window as unknown as { __device: Recorded }).__device);

/** A pump that ended `endedMinAgo` minutes ago, through the API. */
async function logPump(page: Page, endedMinAgo: number): Promise<string> {
  const hid = await householdOf(page);
  const id = crypto.randomUUID();
  // One "now" for every instant, so related times cannot drift apart by a millisecond.
  const now = Date.now();
  const ago = (m: number): string => new Date(now - m * 60_000).toISOString();
  const res = await page.request.put(`/api/households/${hid}/sessions/${id}`, {
    data: {
      kind: 'pump',
      babyId: null,
      startedAt: ago(endedMinAgo + 15),
      endedAt: ago(endedMinAgo),
      segments: [],
      leftMl: 60,
      rightMl: 50,
      volumeMl: null,
      milkType: null,
      massage: null,
      painBefore: null,
      painAfter: null,
      fullnessBefore: null,
      fullnessAfter: null,
      notes: '',
    },
  });
  expect(res.status()).toBe(201);
  return id;
}

async function check(page: Page, name: string, theme: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `massage-${name}-${theme}.png`), fullPage: true });
  expect(await axeViolations(page), `axe on ${name} (${theme})`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${name} (${theme})`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${name} (${theme})`).toBeLessThanOrEqual(0);
}

browserSuite('guided massage', () => {
  const app = useTestApp();

  it('lists the seven routines with "when not to massage", the questions and the sources', async () => {
    const { page } = await signedInPage(app);
    await new Shell(page).go('Massage');
    const library = new MassagePage(page);
    await expect.poll(() => library.cards().count()).toBe(7);
    const titles = await library.cards().locator('h2').allInnerTexts();
    expect(titles).toEqual([
      'Let-down massage',
      'Hands-on pumping',
      'Hand expression',
      'Reverse pressure softening',
      'Gentle lymphatic drainage',
      'Care for a sore, inflamed breast',
      'Using a breast massager (optional)',
    ]);
    expect(await library.cards().first().innerText()).toMatch(/\d+ min/);
    await page.getByRole('link', { name: 'When not to massage' }).waitFor();
    await page.getByText('Sources', { exact: true }).click();
    await page.getByText(/ABM Clinical Protocol #36/).first().waitFor();

    await library.cards().nth(5).getByRole('link').click();
    await page.getByRole('heading', { name: 'Care for a sore, inflamed breast', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Good to know' }).waitFor();
    expect(await page.locator('.massage-steps > li').count()).toBe(8);
    expect(await page.locator('.massage-steps .massage-picture[role="img"]').count()).toBe(8);
    await page.getByRole('heading', { name: 'Cautions' }).waitFor();
    expect(await page.locator('.massage-sources li').count()).toBeGreaterThan(3);
  });

  it('shows "when not to massage" before the first routine ever, and not again', async () => {
    const { page } = await signedInPage(app);
    const massage = await new MassagePage(page).openRoutine('let-down', 'Let-down massage');
    await massage.start();
    await page.getByRole('heading', { name: 'When not to massage', level: 1 }).waitFor();
    await massage.gateButton().click();

    const player = new PlayerPage(page);
    await player.button('Pause').waitFor();
    expect(await player.stepOf()).toBe('Step 1 of 6');
    expect(await player.side().innerText()).toBe('Left breast');
    await player.button('Exit').click();
    await page.getByRole('heading', { name: 'Let-down massage', level: 1 }).waitFor();

    // Exiting paused it; starting again goes straight to the player, where it was.
    await page.getByRole('button', { name: 'Continue' }).click();
    await player.button('Resume').waitFor();
    await player.button('Exit').click();

    // Still linked from every routine, now without the "I understand" step.
    await page.getByRole('link', { name: 'When not to massage' }).click();
    await page.getByRole('heading', { name: 'When not to massage', level: 1 }).waitFor();
    expect(await massage.gateButton().count()).toBe(0);

    // The pump form starts hands-on pumping in one tap.
    await page.goto('/pump');
    await page.getByRole('link', { name: 'Hands-on pumping' }).click();
    await page.getByRole('heading', { name: 'Hands-on pumping', level: 1 }).waitFor();
    await player.button('Pause').waitFor();
  });

  it('plays with a sped-up clock, cues each step, and puts the routine after a recent pump only when she says so', async () => {
    const { page } = await signedInPage(app);
    await recordDevice(page);
    const pumpId = await logPump(page, 5);
    const massage = new MassagePage(page);
    await massage.markGateRead();

    const player = await new PlayerPage(page).open('let-down', 30);
    expect(await player.stepOf()).toBe('Step 1 of 6');
    await player.button('Start').click();
    const first = await player.stepText();
    await expect.poll(() => player.stepText(), { timeout: 10_000 }).not.toBe(first);
    await expect.poll(() => player.side().innerText(), { timeout: 15_000 }).toBe('Right breast');
    expect((await recorded(page)).wake).toContain('request');
    expect((await recorded(page)).vibrations).toBeGreaterThan(0);

    await player.finishTitle().waitFor({ timeout: 20_000 });
    expect(await player.finishTitle().innerText()).toBe('Well done');
    expect((await recorded(page)).wake.at(-1)).toBe('release');
    // The main offer is the feed or pump it was for; "after" the ended pump is a choice, not the default.
    await page.getByText('Feed or pump now?').waitFor();
    for (const name of ['Nurse left', 'Nurse right', 'Log a pump', 'Not now']) {
      expect(await page.getByRole('button', { name, exact: true }).getAttribute('class')).not.toBe('link');
    }
    await expect.poll(() => player.attachAfter().innerText()).toMatch(/^It was after: Pump · ended \d+ min ago$/);
    expect(await player.attachAfter().getAttribute('class')).toBe('link');

    // Meanwhile her partner adds a note to the pump on another phone: the attach must not undo it.
    const hid = await householdOf(page);
    const current = (await (await page.request.get(`/api/households/${hid}/sessions/${pumpId}`)).json()) as Record<string, unknown>;
    const { id: _id, householdId: _h, createdAt: _c, updatedAt: _u, createdBy: _b, deletedAt: _d, ...input } = current;
    expect((await page.request.put(`/api/households/${hid}/sessions/${pumpId}`, { data: { ...input, notes: 'Evening pump' } })).status()).toBe(200);

    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/sessions/${pumpId}`) && r.ok());
    await player.attachAfter().click();
    const saved = (await (await put).json()) as { massage: unknown; leftMl: number; version: number };
    expect(saved).toMatchObject({
      leftMl: 60,
      notes: 'Evening pump',
      version: 3,
      massage: { routineId: 'let-down', timing: 'after', minutes: 4, tool: 'hands', vibration: false, heat: false },
    });

    await page.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    const log = new LogPage(page);
    await expect.poll(() => log.summaries()).toEqual([expect.stringContaining('Massage 4 min')]);
  });

  it('comes back to the same step, paused, after a reload', async () => {
    const { page } = await signedInPage(app);
    await new MassagePage(page).markGateRead();
    const player = await new PlayerPage(page).open('lymphatic-drainage');
    await player.button('Start').click();
    await player.button('Skip').click();
    await player.button('Skip').click();
    expect(await player.stepOf()).toBe('Step 3 of 8');
    const text = await player.stepText();
    await page.reload();
    await player.button('Resume').waitFor();
    expect(await player.stepOf()).toBe('Step 3 of 8');
    expect(await player.stepText()).toBe(text);
    await player.button('Back').click();
    expect(await player.stepOf()).toBe('Step 2 of 8');

    // The sound switch is remembered too.
    await player.button('Sound').click();
    expect(await player.button('Sound').getAttribute('aria-pressed')).toBe('false');

    // The library offers to pick it up again.
    await player.button('Exit').click();
    await new MassagePage(page).openLibrary();
    await page.getByRole('heading', { name: 'Pick up where you left off' }).waitFor();
    await page.getByRole('link', { name: 'Gentle lymphatic drainage' }).first().click();
    await player.button('Resume').waitFor();
    expect(await player.stepOf()).toBe('Step 2 of 8');
    expect(await player.button('Sound').getAttribute('aria-pressed')).toBe('false');
    expect(await player.button('Vibration').getAttribute('aria-pressed')).toBe('true');

    // A Stop tapped by mistake can be taken back.
    await player.button('Stop').click();
    await player.finishTitle().waitFor();
    await page.getByRole('button', { name: 'Keep going' }).click();
    await player.button('Resume').waitFor();
    expect(await player.stepOf()).toBe('Step 2 of 8');
  });

  it('plays offline to the end, saves the routine on this phone, and sends it when the network returns', async () => {
    const { page } = await installedPage(app);
    await new MassagePage(page).markGateRead();
    const player = await new PlayerPage(page).open('hand-expression', 60);
    await page.context().setOffline(true);
    await player.button('Start').click();
    const first = await player.stepText();
    await expect.poll(() => player.stepText(), { timeout: 10_000 }).not.toBe(first);
    await player.finishTitle().waitFor({ timeout: 20_000 });
    // Offline, the recent log on this phone decides: nothing to attach to, so it is saved on its own, here.
    await page.getByRole('button', { name: 'Save to log' }).click();
    await page.getByText("Saved on this phone; it goes out when you're back online.").waitFor();
    await page.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    const log = new LogPage(page);
    await expect.poll(() => log.summaries()).toEqual([expect.stringMatching(/^Massage/)]);

    // Back online, the outbox sends it once.
    const sent = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await page.context().setOffline(false);
    expect((await sent).status()).toBe(201);
    const list = (await (await page.request.get(`/api/households/${await householdOf(page)}/sessions`)).json()) as { sessions: { kind: string }[] };
    expect(list.sessions.map((x) => x.kind)).toEqual(['massage']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe and layout checks in the ${theme} theme`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      await page.locator('.massage-first').waitFor();
      await check(page, 'home', theme);

      await new MassagePage(page).openLibrary();
      await check(page, 'library', theme);
      const massage = await new MassagePage(page).openRoutine('inflammation-care', 'Care for a sore, inflamed breast');
      await check(page, 'detail', theme);
      await massage.start();
      await massage.gateButton().waitFor();
      await check(page, 'when-not', theme);
      await massage.gateButton().click();

      const player = new PlayerPage(page);
      await player.button('Pause').click();
      await check(page, 'player', theme);
      await page.goto('/massage/let-down/play');
      await player.button('Start').click();
      await player.button('Skip').click();
      await player.button('Skip').click();
      await player.button('Skip').click();
      await player.button('Pause').click();
      await check(page, 'player-side', theme);
      await logPump(page, 10);
      await player.button('Stop').click();
      await player.finishTitle().waitFor();
      await player.attachAfter().waitFor();
      await check(page, 'finish', theme);
    });
  }

  it('fits the Spanish words at 360 px', async () => {
    const { page } = await signedInPage(app, { colorScheme: 'dark', bypassCSP: true });
    await new MassagePage(page).markGateRead();
    await (await new SettingsPage(page).open()).choose('Español');
    await page.goto('/massage');
    await page.getByRole('heading', { name: 'Masaje', level: 1 }).waitFor();
    await check(page, 'library-es', 'dark');
    await page.goto('/massage/reverse-pressure-softening/play');
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await page.getByRole('button', { name: 'Pausa', exact: true }).click();
    await check(page, 'player-es', 'dark');

    // The longest step, in the longer language: the buttons must stay reachable.
    await page.goto('/massage/hands-on-pumping/play');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Saltar', exact: true }).click();
    await page.getByText('Paso 4 de 5').waitFor();
    await check(page, 'player-long-es', 'dark');
    await page.screenshot({ path: join(screenshotDir(), 'massage-player-long-es-dark-viewport.png') });
    const bar = await page.locator('.player-bar').boundingBox();
    expect(bar && bar.y + bar.height).toBeLessThanOrEqual(740);
  });

  it('says a neutral "Routine finished", not "Well done", when steps were skipped (Spanish, dark)', async () => {
    const { page } = await signedInPage(app, { colorScheme: 'dark', bypassCSP: true });
    await new MassagePage(page).markGateRead();
    await (await new SettingsPage(page).open()).choose('Español');
    const player = new PlayerPage(page);
    await page.goto('/massage/reverse-pressure-softening/play');
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    // Five steps a side: ten skips reach the end.
    for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Saltar', exact: true }).click();
    await player.finishTitle().waitFor();
    expect(await player.finishTitle().innerText()).toBe('Rutina terminada');
    await check(page, 'finish-skipped-es', 'dark');
  });
});
