/**
 * The consultant's desk in the browser: signing up from an invite lands her on her clients with no
 * household of her own; at 1280 px her list and the client sit side by side, with real links (a new
 * tab, back and forward); her care plan and notes reach the parent; the report prints on one or two
 * pages of A4 and of Letter, and its PDF downloads. Axe, targets, screenshots at 360 and 1280 px.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { InvitePage, SharingPage, ClientsPage } from './pages/sharing-pages.js';
import { freshEmail, PASSWORD, screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';
import { browserHistoryAt } from './support/history.js';
import { householdOf } from './support/offline.js';
import { browserDateIn } from './support/time-zone.js';

const DESKTOP = { width: 1280, height: 900 };

/** A screenshot to look at: the whole page on a phone, the window on a laptop (as she sees it, the list held beside). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const fullPage = (page.viewportSize()?.width ?? 0) < 1024;
  await page.screenshot({ path: join(screenshotDir(), `desk-${name}.png`), fullPage });
}

async function checks(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${what}`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${what}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${what}`).toBeLessThanOrEqual(0);
}

/** A client with a baby on day 9 whose nappies were below the table yesterday, a pump, and a weight. */
async function seedClient(page: Page): Promise<string> {
  const hid = await householdOf(page);
  const put = async (path: string, data: unknown) => expect((await page.request.put(`/api/households/${hid}/${path}/${crypto.randomUUID()}`, { data })).status()).toBe(201);
  const baby = ((await (await page.request.post(`/api/households/${hid}/babies`, { data: { name: 'Noa', birthDate: browserDateIn(-8) } })).json()) as { id: string }).id;
  const midnight = await page.evaluate(() => new Date().setHours(0, 0, 0, 0));
  // Her nappy log began the day before yesterday, so yesterday is a whole logged day the table judges.
  for (const h of [3, 9, 15, 25]) await put('nappies', { babyId: baby, changedAt: new Date(midnight - h * 3_600_000).toISOString(), kind: 'both', colour: 'yellow' });
  await put('weights', { babyId: baby, measuredAt: `${browserDateIn(-8)}T09:00:00Z`, grams: 3400, birth: true, place: 'hospital' });
  await put('weights', { babyId: baby, measuredAt: new Date(Date.now() - 3_600_000).toISOString(), grams: 3250, place: 'clinic' });
  const ago = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  await put('sessions', { kind: 'pump', startedAt: ago(90), endedAt: ago(75), leftMl: 70, rightMl: 55 });
  return hid;
}

browserSuite('the consultant’s desk', () => {
  const app = useTestApp();

  it('signs a consultant up from her invite onto her clients, with no household of her own, side by side at 1280 px', async () => {
    const { page: owner, email: ownerEmail } = await signedInPage(app, { bypassCSP: true });
    const hid = await seedClient(owner);
    const link = await new SharingPage(owner).open().then((s) => s.invite('Invite a consultant', '2031-12-31'));

    const lc = await app.newPage({ bypassCSP: true });
    await lc.setViewportSize(DESKTOP);
    const invite = await new InvitePage(lc).open(link);
    await invite.signUpAsConsultant(freshEmail(), PASSWORD);
    const me = (await (await lc.request.get('/api/me')).json()) as { households: { id: string; role: string }[] };
    expect(me.households).toEqual([expect.objectContaining({ id: hid, role: 'consultant' })]);
    const clients = new ClientsPage(lc);
    await clients.waitUntilReady();
    const row = await clients.rows().first().innerText();
    expect(row).toContain(ownerEmail);
    expect(row).toContain('Noa, 8 days');
    expect(row).toContain('Noa: 3 wet nappies yesterday, table 6+');
    expect(row).toContain('today 125 mL pumped');
    // Her own navigation: clients, the massage library, settings; no parent's home.
    expect(await lc.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).toEqual(['Clients', 'Massage', 'Settings']);
    await shot(lc, 'desk-clients-1280-light-en');
    await checks(lc, 'the client list at 1280');

    await clients.openClient(ownerEmail);
    const url = new URL(lc.url());
    expect(url.pathname).toBe(`/clients/${hid}`);
    // List and client side by side.
    const list = await lc.locator('.desk-list').boundingBox();
    const detail = await lc.locator('.desk-detail').boundingBox();
    expect(list && detail && list.x + list.width <= detail.x && Math.abs(list.y - detail.y) < 40).toBe(true);
    await lc.getByTestId('enough-milk').waitFor();
    const overview = await lc.locator('.desk-detail').innerText();
    expect(overview).toContain('Your client pumped 125 mL in the last 7 days');
    expect(overview).toContain('Your client should contact Noa’s midwife, health visitor or doctor today');
    // Read-only: nothing starts a check or suggests a routine.
    expect(await lc.locator('.desk-detail a[href="/check"], .desk-detail a[href^="/massage"]').count()).toBe(0);

    // Her care plan and a note; the parent reads them.
    await lc.locator('.segmented label', { hasText: 'Care plan' }).click();
    await lc.locator('#note-body').fill('Pump after the first morning feed. Weigh Noa again on Friday.');
    await lc.getByRole('button', { name: 'Save' }).click();
    await lc.getByTestId('care-plan').waitFor();
    await lc.locator('.segmented label', { hasText: 'Dated note' }).click();
    await lc.locator('#note-body').fill('Latch deeper on the right; try laid-back at night.');
    await lc.getByRole('button', { name: 'Save' }).click();
    await lc.getByText('Latch deeper on the right').waitFor();
    await shot(lc, 'desk-client-1280-light-en');
    await checks(lc, 'a client at 1280');

    await owner.goto('/baby');
    await owner.getByTestId('care-plan').waitFor();
    expect(await owner.getByTestId('care-notes').innerText()).toContain('Latch deeper on the right');
    const log = (await (await owner.request.get(`/api/households/${hid}/access-log?limit=200`)).json()) as { entries: { route: string; action: string }[] };
    expect(log.entries.filter((e) => e.route === '/api/households/:hid/care-notes/:id' && e.action === 'write')).toHaveLength(2);

    // Real links: back and forward, and a new tab straight onto the client's log. Each step waits
    // for the browser's history to hold the page's address (else a goForward can be dropped).
    await lc.getByRole('link', { name: `Open the log of ${ownerEmail}` }).click();
    await lc.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    await browserHistoryAt(lc, `/clients/${hid}/log`);
    await lc.goBack();
    await lc.waitForURL((u) => u.pathname === `/clients/${hid}`);
    // The overview itself, not the log's heading still on screen for a moment.
    await lc.locator('.desk-tabs a[aria-current="page"]', { hasText: 'Overview' }).waitFor();
    await lc.locator('.desk-detail').getByTestId('enough-milk').waitFor();
    await browserHistoryAt(lc, `/clients/${hid}`);
    await lc.goForward();
    await lc.waitForURL((u) => u.pathname === `/clients/${hid}/log`);
    await lc.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    const tab = await lc.context().newPage();
    await tab.goto(`/clients/${hid}/insights`);
    await tab.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    expect(await tab.locator('.desk-client.current').innerText()).toContain(ownerEmail);

    await lc.setViewportSize({ width: 360, height: 740 });
    await lc.goto(`/clients/${hid}`);
    await lc.getByTestId('enough-milk').waitFor();
    expect(await lc.locator('.desk-list').isVisible()).toBe(false);
    await shot(lc, 'desk-client-360-light-en');
    await checks(lc, 'a client at 360');
  });

  it('prints the report on one or two pages of A4 and Letter, and the PDF downloads', async () => {
    const { page: owner } = await signedInPage(app, { bypassCSP: true, colorScheme: 'dark' });
    const hid = await seedClient(owner);
    // A consultant in the UK: the report's dates are day first, as her browser's region writes them.
    const { page: lc } = await signedInPage(app, { bypassCSP: true, colorScheme: 'dark', locale: 'en-GB' });
    const token = ((await (await owner.request.post(`/api/households/${hid}/shares`, { data: { role: 'consultant', accessExpiresAt: null } })).json()) as { token: string }).token;
    expect((await lc.request.post(`/api/invites/${token}/accept`)).status()).toBe(200);
    await lc.setViewportSize(DESKTOP);
    await lc.goto(`/clients/${hid}/report`);
    const report = lc.getByTestId('report');
    await report.waitFor();
    expect(await report.innerText()).toContain('Noa, born');
    expect(await report.innerText()).toMatch(/Noa, born \d{1,2} [A-Z][a-z]+ \d{4}/);
    await shot(lc, 'desk-report-1280-dark-en');
    await checks(lc, 'the report at 1280');

    await lc.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await lc.locator('.report-controls').isVisible()).toBe(false);
    expect(await lc.locator('.desk-list').isVisible()).toBe(false);
    expect(await lc.locator('.bottom-nav').isVisible()).toBe(false);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await lc.pdf({ format, printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
    }
    await shot(lc, 'desk-report-print-a4');
    await lc.emulateMedia({ media: 'screen', colorScheme: 'dark' });

    const download = lc.waitForEvent('download');
    await lc.getByRole('link', { name: 'Download the PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^lactea-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);

    // The parent makes the same report for an appointment, in Spanish.
    await owner.request.put('/api/me/preferences', { data: { language: 'es' } });
    await owner.goto('/report');
    // The device's copy of her preferences (English) shows first; the account's Spanish follows.
    await expect.poll(() => owner.getByTestId('report').innerText()).toContain('Informe de Lactea');
    await shot(owner, 'report-360-dark-es');
    await checks(owner, 'the parent’s report at 360 in Spanish');

    // Her desk in Spanish, dark, at 1280 px: written for her ("tu clienta").
    await lc.request.put('/api/me/preferences', { data: { language: 'es' } });
    await lc.goto(`/clients/${hid}`);
    await lc.getByRole('link', { name: 'Resumen' }).waitFor();
    await lc.getByTestId('enough-milk').waitFor();
    await expect.poll(() => lc.locator('.desk-detail').innerText()).toContain('Tu clienta se extrajo 125 mL');
    expect(await lc.getByTestId('enough-milk').innerText()).toContain('Tu clienta debe contactar hoy con la matrona');
    await shot(lc, 'desk-client-1280-dark-es');
    await checks(lc, 'a client at 1280 in Spanish');
  });
});
