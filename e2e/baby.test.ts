/**
 * The baby's side in the browser: nappies logged from home with one tap, offline, then sent once
 * each; the "enough milk?" card on day 3 and on day 10 of life against the table; weights and the
 * growth view; axe, 48 px targets and no sideways scroll at 360 px, light and dark, English and Spanish.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { HomePage } from './pages/home-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { apiWrite, signedInPage } from './support/flows.js';
import { householdOf, installedPage } from './support/offline.js';
import { browserDateIn } from './support/time-zone.js';

const H = 3_600_000;

/** A baby born `daysAgo` days ago (day `daysAgo + 1` of life today), chosen as the baby in use. */
async function addBaby(page: Page, name: string, daysAgo: number): Promise<{ hid: string; baby: string }> {
  const hid = await householdOf(page);
  const baby = (await apiWrite(page, 'POST', `/api/households/${hid}/babies`, { name, birthDate: browserDateIn(-daysAgo) })).id;
  await page.reload();
  await new HomePage(page).waitUntilReady();
  return { hid, baby };
}

/** Milliseconds since midnight in the browser's time zone. */
function sinceMidnight(page: Page): Promise<number> {
  return page.evaluate(() => Date.now() - new Date().setHours(0, 0, 0, 0));
}

async function nappy(page: Page, hid: string, baby: string, msAgo: number, kind: 'wet' | 'dirty' | 'both', extra: Record<string, unknown> = {}): Promise<void> {
  await apiWrite(page, 'PUT', `/api/households/${hid}/nappies/${crypto.randomUUID()}`, { babyId: baby, changedAt: new Date(Date.now() - msAgo).toISOString(), kind, ...extra });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `baby-${name}.png`), fullPage: true });
}

async function checks(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${what}`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${what}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${what}`).toBeLessThanOrEqual(0);
}

const status = (page: Page) => page.getByTestId('sync-status');

browserSuite('the baby’s side', () => {
  const app = useTestApp();

  it('logs nappies from home with one tap while offline, keeps them through a reload, then sends each once', async () => {
    const { page } = await installedPage(app, { bypassCSP: true });
    const { hid, baby } = await addBaby(page, 'Ada', 4);
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Wet', exact: true }).click();
    await page.getByRole('button', { name: 'Dirty', exact: true }).click();
    // The nappy just logged takes a colour with one more tap.
    await page.getByTestId('nappy-just-logged').getByRole('button', { name: 'Yellow' }).click();
    await page.getByRole('button', { name: 'Both', exact: true }).click();
    await status(page).getByText(/Offline — \d changes waiting/).waitFor();
    await shot(page, 'home-nappies-offline-360-light-en');
    await page.reload();
    await new HomePage(page).waitUntilReady();
    await status(page).getByText(/Offline — [34] changes waiting/).waitFor();
    await page.goto('/baby');
    await page.getByTestId('nappy-list').waitFor();
    expect(await page.getByTestId('nappy-row').count()).toBe(3);
    await checks(page, 'baby screen offline');

    await page.context().setOffline(false);
    await page.locator('[data-testid="sync-status"][data-pending="0"]').waitFor({ state: 'attached', timeout: 20_000 });
    const stored = ((await (await page.request.get(`/api/households/${hid}/nappies`)).json()) as { nappies: { babyId: string; kind: string; colour: string | null }[] }).nappies;
    expect(stored.map((n) => `${n.kind}:${n.colour ?? '-'}`).sort()).toEqual(['both:-', 'dirty:yellow', 'wet:-']);
    expect(stored.every((n) => n.babyId === baby)).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`rings every colour swatch so it shows on its chip, apart from its label (${theme}, Spanish)`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      await addBaby(page, 'Lucía', 3);
      await page.request.put('/api/me/preferences', { data: { language: 'es' } });
      await page.reload();
      await page.getByRole('button', { name: 'Caca', exact: true }).click();
      const chips = page.getByTestId('nappy-just-logged').getByRole('group', { name: 'Color de la caca' });
      await chips.getByRole('button', { name: /Meconio/ }).waitFor();
      await page.locator('[data-testid="sync-status"][data-pending="0"]').waitFor({ state: 'attached' });
      // Found and measured in one go in the page: the chips are drawn anew when the nappy comes back
      // from the server, and elements found in one step may be gone by the next.
      const looks = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="nappy-just-logged"] [role="group"] .nappy-chip')].map((b) => {
          const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string) => {
            const [r = 0, g = 0, bl = 0] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
          };
          const contrast = (a: string, c: string) => (Math.max(lum(a), lum(c)) + 0.05) / (Math.min(lum(a), lum(c)) + 0.05);
          const swatch = b.querySelector('.nappy-swatch') as HTMLElement;
          const words = document.createRange();
          words.selectNodeContents([...b.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Node);
          const sw = swatch.getBoundingClientRect();
          const tx = words.getBoundingClientRect();
          const s = getComputedStyle(swatch);
          return {
            label: b.textContent,
            gap: Math.round(tx.left - sw.right),
            offCentre: Math.round(Math.abs(sw.top + sw.height / 2 - (tx.top + tx.height / 2))),
            ring: s.borderTopWidth,
            ringOnChip: Math.round(contrast(s.borderTopColor, getComputedStyle(b).backgroundColor) * 10) / 10,
          };
        }),
      );
      expect(looks.map((l) => l.label)).toEqual(['Meconio (oscura, pegajosa)', 'En transición (marrón, verde)', 'Amarilla', 'Pálida o blanquecina']);
      for (const l of looks) {
        expect(l.gap, l.label ?? '').toBeGreaterThanOrEqual(8);
        expect(l.offCentre, l.label ?? '').toBeLessThanOrEqual(2);
        expect(l.ring, l.label ?? '').toBe('2px');
        // A graphic's edge needs 3:1 against what is next to it (WCAG 1.4.11).
        expect(l.ringOnChip, l.label ?? '').toBeGreaterThanOrEqual(3);
      }
      await checks(page, `nappy colours (${theme})`);
      // The chips alone, without the notice and the tab bar that float over the page.
      await page.getByTestId('nappy-just-logged').screenshot({ path: join(screenshotDir(), `baby-home-nappy-colours-360-${theme}-es.png`), style: '.notice, nav { visibility: hidden }' });
    });
  }

  it('shows the card on day 3: the table for days 3–4, the weight change from birth, and no call to make', async () => {
    const { page } = await signedInPage(app, { bypassCSP: true });
    const { hid, baby } = await addBaby(page, 'Ada', 2);
    // Yesterday (day 2): two wet, one meconium; today: one wet so far.
    const midnight = await sinceMidnight(page);
    for (const h of [3, 8]) await nappy(page, hid, baby, midnight + h * H, 'wet');
    await nappy(page, hid, baby, midnight + 5 * H, 'dirty', { colour: 'meconium' });
    await nappy(page, hid, baby, 1 * H, 'wet');
    await apiWrite(page, 'PUT', `/api/households/${hid}/weights/${crypto.randomUUID()}`, { babyId: baby, measuredAt: `${browserDateIn(-2)}T12:00:00Z`, grams: 3500, birth: true, place: 'hospital' });
    await apiWrite(page, 'PUT', `/api/households/${hid}/weights/${crypto.randomUUID()}`, { babyId: baby, measuredAt: new Date(Date.now() - 2 * H).toISOString(), grams: 3290, place: 'home' });
    await page.reload();
    const card = page.getByTestId('enough-milk');
    await card.waitFor();
    // The copy kept on the device shows first; the server's answer replaces it.
    await expect.poll(() => card.innerText()).toContain('−6.0% from birth weight (day 3)');
    const text = await card.innerText();
    expect(text).toContain('day 3');
    expect(text).toMatch(/Today so far\s+day 3\s+1\s+0\s+3\+ · 2\+/);
    expect(text).toMatch(/Yesterday\s+day 2\s+2\s+1\s+1\+ · 1\+/);
    expect(text).toContain('−6.0% from birth weight (day 3)');
    expect(await card.getAttribute('data-urgency')).toBe('none');
    expect(text).not.toMatch(/fine|normal/i);
    await shot(page, 'home-card-day3-360-light-en');
    await checks(page, 'home with the card on day 3');
  });

  it('shows the card on day 10 with nappies below the table: who to contact today, the symptom check, sources', async () => {
    const { page } = await signedInPage(app, { colorScheme: 'dark', bypassCSP: true });
    const { hid, baby } = await addBaby(page, 'Bea', 9);
    const midnight = await sinceMidnight(page);
    // Her nappy log began the day before yesterday, so yesterday is a whole logged day the table judges (H1).
    await nappy(page, hid, baby, midnight + 25 * H, 'wet');
    for (const h of [2, 6, 10, 14]) await nappy(page, hid, baby, midnight + h * H, 'wet');
    for (const h of [4, 12]) await nappy(page, hid, baby, midnight + h * H, 'dirty', { colour: 'yellow' });
    await nappy(page, hid, baby, 2 * H, 'both', { colour: 'yellow' });
    await page.reload();
    const card = page.getByTestId('enough-milk');
    await card.waitFor();
    await expect.poll(() => card.getAttribute('data-urgency')).toBe('today');
    const finding = card.getByTestId('finding-today');
    expect(await finding.innerText()).toContain('Contact Bea’s midwife, health visitor or doctor today');
    expect(await finding.innerText()).toContain('4 wet nappies yesterday; for Bea’s age the table expects 6 or more.');
    await shot(page, 'home-card-day10-360-dark-en');
    await checks(page, 'home with the card on day 10');
    await card.getByRole('link', { name: 'Nappies, weight and what to look for' }).click();
    await page.getByRole('heading', { name: 'Bea: nappies and weight', level: 1 }).waitFor();
    await page.getByTestId('enough-milk').locator('summary', { hasText: 'Sources' }).click();
    expect(await page.getByTestId('enough-milk').innerText()).toContain('Parent Club (Scottish Government), "Feeding checklist"');
    await shot(page, 'baby-day10-360-dark-en');
    await checks(page, 'baby screen day 10');
    await page.getByTestId('finding-today').getByRole('link', { name: 'Answer the baby questions in the symptom check' }).click();
    await page.waitForURL((u) => u.pathname === '/check' && u.search === '?for=baby');
    // The check starts at the baby's own questions.
    await page.locator('#check-question', { hasText: 'Is any of these happening to your baby now?' }).waitFor();
  });

  it('adds the birth weight and weights in pounds and ounces, and shows growth against birth weight, in Spanish', async () => {
    const { page } = await signedInPage(app, { bypassCSP: true });
    const { hid, baby } = await addBaby(page, 'Lía', 6);
    await page.request.put('/api/me/preferences', { data: { volumeUnit: 'floz', weightUnit: 'lb', language: 'es' } });
    await page.goto('/baby');
    await page.getByRole('heading', { name: 'Lía: pañales y peso', level: 1 }).waitFor();
    await page.getByLabel('Libras (lb)').fill('7');
    await page.getByLabel('Onzas (oz)').fill('11,5');
    await page.getByLabel('Es el peso al nacer').check();
    await page.getByRole('button', { name: 'Guardar el peso' }).click();
    await page.getByText('Peso guardado').waitFor();
    await page.getByLabel('Libras (lb)').fill('6');
    await page.getByLabel('Onzas (oz)').fill('14');
    await page.getByLabel('Pesado el').fill(`${browserDateIn(-1)}T10:00`);
    await page.getByRole('button', { name: 'Guardar el peso' }).click();
    await expect.poll(async () => page.getByTestId('growth').locator('tbody tr').count()).toBe(2);
    const growth = (await page.getByTestId('growth').innerText()).replace(/\u00a0/g, ' ');
    expect(growth).toContain('7 lb 11,5 oz');
    expect(growth).toContain('6 lb 14 oz');
    expect(growth).toContain('−10,9 %');
    const stored = async () =>
      ((await (await page.request.get(`/api/households/${hid}/weights?baby=${baby}`)).json()) as { weights: { grams: number; birth: boolean }[] }).weights.map((w) => [Math.round(w.grams), w.birth]);
    await expect.poll(stored).toEqual([
      [3118, false],
      [3501, true],
    ]);
    await shot(page, 'baby-weights-360-light-es');
    await checks(page, 'baby screen in Spanish');
    await page.goto('/');
    await page.getByTestId('enough-milk').waitFor();
    await shot(page, 'home-card-day7-360-light-es');
  });
});
