/**
 * The sharing, invite, account and workspace screens at 360 px (the workspace at 1280 too), light
 * and dark: axe, 48 px targets, no sideways scroll. Screenshots go to screenshots/sharing-*.png.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LogPage } from './pages/log-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { AccountPage, ClientsPage, InvitePage, SharingPage } from './pages/sharing-pages.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

async function check(page: Page, name: string, theme: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `sharing-${name}-${theme}.png`), fullPage: true });
  expect(await axeViolations(page), `axe on ${name} (${theme})`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${name} (${theme})`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${name} (${theme})`).toBeLessThanOrEqual(0);
}

async function householdId(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as { households: { id: string }[] };
  return me.households[0]?.id ?? '';
}

/** Two weeks of pumping with the last week well down, today's pump, and an urgent symptom check. */
async function seedWorried(page: Page): Promise<void> {
  const hid = await householdId(page);
  const at = (daysAgo: number): string => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const pump = async (daysAgo: number, side: number): Promise<void> => {
    const res = await page.request.put(`/api/households/${hid}/sessions/${randomUUID()}`, { data: { kind: 'pump', startedAt: at(daysAgo), endedAt: at(daysAgo), leftMl: side, rightMl: side } });
    expect(res.status()).toBe(201);
  };
  for (const d of [8, 9, 10, 11]) await pump(d, 100);
  for (const d of [1, 2]) await pump(d, 50);
  await pump(0.02, 40);
  const check = await page.request.put(`/api/households/${hid}/symptom-checks/${randomUUID()}`, { data: { answers: { rigors: 'yes' } } });
  expect(check.ok()).toBe(true);
}

/** Shares the page's household with the consultant, entirely through the API. */
async function shareWith(owner: Page, consultant: Page): Promise<void> {
  const created = (await (await owner.request.post(`/api/households/${await householdId(owner)}/shares`, { data: { role: 'consultant', accessExpiresAt: null } })).json()) as { token: string };
  expect((await consultant.request.post(`/api/invites/${created.token}/accept`)).status()).toBe(200);
}

browserSuite('accessibility and layout of the sharing screens', () => {
  const app = useTestApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`passes on every sharing screen in the ${theme} theme`, async () => {
      const options = { colorScheme: theme, bypassCSP: true };
      const { page: owner } = await signedInPage(app, options);
      await seedWorried(owner);
      const sharing = await new SharingPage(owner).open();
      const caregiverLink = await sharing.invite('Invite a caregiver');
      await check(owner, 'invite-link', theme);
      const consultantLink = await sharing.invite('Invite a consultant', '2031-06-30');

      const { page: quiet } = await signedInPage(app, options);
      const { page: consultant } = await signedInPage(app, options);
      await shareWith(quiet, consultant);
      const invite = await new InvitePage(consultant).open(consultantLink);
      await check(consultant, 'invite-signed-in', theme);
      await invite.accept();
      await consultant.waitForURL((u) => u.pathname === '/clients');
      const clients = new ClientsPage(consultant);
      await clients.waitUntilReady();
      await expect.poll(() => clients.rows().count()).toBe(2);
      expect(await clients.rows().first().innerText()).toContain('Urgent symptom check');
      await check(consultant, 'clients-360', theme);
      await consultant.setViewportSize({ width: 1280, height: 800 });
      await check(consultant, 'clients-1280', theme);
      await consultant.setViewportSize({ width: 360, height: 740 });

      await clients.rows().first().locator('a.desk-client-link').click();
      await consultant.locator('.desk-detail h1').waitFor();
      await check(consultant, 'client-overview', theme);
      await consultant.getByRole('link', { name: /^Open the log of/ }).click();
      const log = new LogPage(consultant);
      await consultant.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
      await expect.poll(() => log.entries().count()).toBeGreaterThan(0);
      await check(consultant, 'client-log', theme);
      await log.entries().first().click();
      await consultant.getByRole('heading', { name: 'Entry (read-only)' }).waitFor();
      await check(consultant, 'client-entry', theme);
      await consultant.goto('/baby');
      await consultant.getByTestId('read-only-bar').waitFor();
      await consultant.getByRole('heading', { level: 1 }).waitFor();
      await check(consultant, 'client-baby', theme);

      await sharing.open();
      await sharing.accessLog().waitFor();
      await check(owner, 'sharing', theme);
      await owner.getByRole('button', { name: /^Remove access for/ }).first().click();
      await check(owner, 'sharing-confirm', theme);

      const visitor = await app.newPage(options);
      await new InvitePage(visitor).open(caregiverLink);
      await check(visitor, 'invite-signed-out', theme);
      await new InvitePage(visitor).open(`${app.url}/invite/${'x'.repeat(43)}`);
      await visitor.getByText('This invite link no longer works').waitFor();
      await check(visitor, 'invite-gone', theme);

      await new AccountPage(owner).open();
      await check(owner, 'account', theme);
      await owner.goto('/settings');
      await owner.getByRole('link', { name: 'Account and privacy' }).waitFor();
      await check(owner, 'settings', theme);
    });
  }

  it('passes in Spanish too (light, 360 and the workspace at 1280)', async () => {
    const options = { colorScheme: 'light' as const, bypassCSP: true, locale: 'es-ES' };
    const { page: owner } = await signedInPage(app, { colorScheme: 'light', bypassCSP: true });
    await seedWorried(owner);
    const { page: consultant } = await signedInPage(app, { colorScheme: 'light', bypassCSP: true });
    await shareWith(owner, consultant);
    for (const page of [owner, consultant]) await (await new SettingsPage(page).open()).choose('Español');

    await new ClientsPage(consultant).open();
    await consultant.getByRole('heading', { name: 'Mis clientas', level: 1 }).waitFor();
    expect(await consultant.getByTestId('client').first().innerText()).toContain('Comprobación de síntomas urgente');
    await check(consultant, 'es-clients-360', 'light');
    await consultant.setViewportSize({ width: 1280, height: 800 });
    await check(consultant, 'es-clients-1280', 'light');

    await owner.goto('/settings/sharing');
    await owner.getByRole('heading', { name: 'Compartir', level: 1 }).waitFor();
    await owner.getByTestId('access-log').waitFor();
    expect(await owner.getByTestId('access-log').innerText()).toContain('(Asesora) consultó');
    await check(owner, 'es-sharing', 'light');
    await owner.goto('/settings/account');
    await owner.getByTestId('sign-in-sessions').waitFor();
    await check(owner, 'es-account', 'light');

    const visitor = await app.newPage(options);
    const created = (await (await owner.request.post(`/api/households/${await householdId(owner)}/shares`, { data: { role: 'caregiver', accessExpiresAt: null } })).json()) as { token: string };
    await new InvitePage(visitor).open(`${app.url}/invite/${created.token}`);
    await visitor.getByRole('heading', { name: 'Tienes una invitación', level: 1 }).waitFor();
    await check(visitor, 'es-invite-signed-out', 'light');
  });
});
