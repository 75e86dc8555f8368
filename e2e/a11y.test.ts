/**
 * Every screen at 360 px, light and dark: axe finds no serious or critical problem, every control
 * is at least 48 px, nothing scrolls sideways. Screenshots go to screenshots/ for a person to look at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { EntryPage } from './pages/entry-page.js';
import { LogPage } from './pages/log-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

async function check(page: Page, name: string, theme: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `${name}-${theme}.png`), fullPage: true });
  expect(await axeViolations(page), `axe on ${name} (${theme})`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${name} (${theme})`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${name} (${theme})`).toBeLessThanOrEqual(0);
}

/** Two babies, a pump and a bottle from earlier today, through the API as the signed-in user. */
async function seed(page: Page): Promise<void> {
  const me = (await (await page.request.get('/api/me')).json()) as { households: { id: string }[] };
  const hid = me.households[0]?.id ?? '';
  const babies: string[] = [];
  for (const name of ['Ana', 'Leo']) {
    const b = (await (await page.request.post(`/api/households/${hid}/babies`, { data: { name, birthDate: '2026-01-02' } })).json()) as { id: string };
    babies.push(b.id);
  }
  // One "now" for every instant, so a segment can never end a millisecond after its session.
  const now = Date.now();
  const ago = (min: number): string => new Date(now - min * 60_000).toISOString();
  const blank = { segments: [], leftMl: null, rightMl: null, volumeMl: null, milkType: null, massage: null, painBefore: null, painAfter: null, fullnessBefore: null, fullnessAfter: null, notes: '' };
  const put = async (body: object): Promise<void> => {
    const res = await page.request.put(`/api/households/${hid}/sessions/${crypto.randomUUID()}`, { data: body });
    expect(res.status()).toBe(201);
  };
  await put({ ...blank, kind: 'pump', babyId: null, startedAt: ago(95), endedAt: ago(80), leftMl: 70, rightMl: 55, painBefore: 3, painAfter: 1, massage: { routineId: null, timing: 'before', minutes: 5, tool: 'hands', vibration: false, heat: false } });
  await put({ ...blank, kind: 'bottle', babyId: babies[0], startedAt: ago(60), endedAt: ago(50), volumeMl: 90, milkType: 'breast' });
  await put({ ...blank, kind: 'nurse', babyId: babies[1], startedAt: ago(40), endedAt: ago(20), segments: [{ side: 'left', start: ago(40), end: ago(30) }, { side: 'right', start: ago(30), end: ago(20) }] });
}

browserSuite('accessibility and layout of every screen', () => {
  const app = useTestApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`passes on every screen in the ${theme} theme`, async () => {
      const guest = await app.newPage({ colorScheme: theme, bypassCSP: true });
      await new SignInPage(guest).open();
      await check(guest, 'sign-in', theme);
      await guest.getByRole('button', { name: 'New here? Create an account' }).click();
      await guest.getByRole('button', { name: 'Create account' }).click();
      await guest.locator('#password-error').waitFor();
      await check(guest, 'sign-up-errors', theme);

      const { page, home } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      await check(page, 'home-empty', theme);
      await seed(page);
      await page.reload();
      await home.waitUntilReady();
      await home.nurse('left');
      await home.timer().waitFor();
      await check(page, 'home', theme);

      await home.logPump();
      await page.getByRole('heading', { name: 'Log a pump' }).waitFor();
      await check(page, 'pump', theme);
      const form = new EntryPage(page);
      await form.openDetails();
      await page.getByLabel('I massaged').check();
      await page.locator('.segmented label', { hasText: 'Massager' }).click();
      await check(page, 'pump-details', theme);

      await page.goto('/bottle');
      await page.getByRole('heading', { name: 'Log a bottle' }).waitFor();
      await form.save();
      await page.getByText('Enter how much was in the bottle.').waitFor();
      await check(page, 'bottle-errors', theme);

      const log = await new LogPage(page).open();
      await check(page, 'log', theme);
      await log.openEntry(1);
      await check(page, 'edit-nurse', theme);
      await page.getByRole('button', { name: 'Delete entry' }).click();
      await check(page, 'edit-confirm-delete', theme);

      await page.goto('/babies');
      await page.getByRole('heading', { name: 'Babies', level: 1 }).waitFor();
      await page.locator('.baby-row').first().waitFor();
      await check(page, 'babies', theme);

      await page.goto('/settings');
      await page.locator('fieldset').first().waitFor();
      await check(page, 'settings', theme);
    });
  }

  it('fits the longer Spanish words at 360 px', async () => {
    const { page, home } = await signedInPage(app, { colorScheme: 'dark', bypassCSP: true });
    await seed(page);
    await (await new SettingsPage(page).open()).choose('Español');
    await check(page, 'settings-es', 'dark');
    await page.goto('/');
    await page.getByRole('button', { name: 'Pecho izquierdo' }).waitFor();
    await home.totals().waitFor();
    await page.getByRole('button', { name: 'Pecho derecho' }).click();
    await home.timer().waitFor();
    await check(page, 'home-es', 'dark');
    await page.goto('/pump');
    await page.getByRole('heading', { name: 'Anotar extracción' }).waitFor();
    await new EntryPage(page).openDetails();
    await page.getByLabel('Me di un masaje').check();
    await page.locator('.segmented label', { hasText: 'Masajeador' }).click();
    await check(page, 'pump-es', 'dark');
    await page.goto('/log');
    await page.locator('a.entry').first().waitFor();
    await check(page, 'log-es', 'dark');
  });
});
