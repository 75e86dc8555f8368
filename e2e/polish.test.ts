/**
 * The everyday screens issue 15 touched, as she sees them at 360 px in both themes and languages:
 * the timer bar away from home, the last nursing on home (the "last" badge clear of the icon), two
 * fields side by side when one shows an error, the household card and the babies page with an
 * archived baby. Axe, 48 px targets, no sideways scroll; screenshots to look at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BabiesPage } from './pages/babies-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

async function look(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTargets(page), `targets on ${name}`).toEqual([]);
  expect(await horizontalOverflow(page), `overflow on ${name}`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(screenshotDir(), `polish-${name}.png`), fullPage: true });
}

/** The top of an element's box, in CSS pixels. */
const top = async (page: Page, selector: string): Promise<number> => (await page.locator(selector).boundingBox())?.y ?? Number.NaN;

browserSuite('everyday screens', () => {
  const app = useTestApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`in Spanish: the last nursing, the timer bar, side-by-side fields with an error, the household and babies (${theme})`, async () => {
      const { page, home } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      await page.request.put('/api/me/preferences', { data: { language: 'es' } });
      await page.reload();
      await page.getByRole('button', { name: 'Pecho izquierdo' }).waitFor();

      // A feed: left, then right. Home says what happened, and marks the side she finished on.
      await page.getByRole('button', { name: 'Pecho izquierdo' }).click();
      await home.timer().waitFor();
      await page.getByRole('button', { name: 'Cambiar de lado' }).click();
      await page.getByRole('button', { name: 'Terminar' }).click();
      await home.timer().waitFor({ state: 'detached' });
      expect(await page.getByTestId('last-nursing').innerText()).toMatch(/^Última toma: empezó en el izquierdo y terminó en el derecho, (ahora mismo|hace \d+ min)\.$/);
      const badge = page.getByRole('button', { name: 'Pecho derecho' }).locator('.badge');
      expect(await badge.innerText()).toBe('último');
      // The badge sits above the icon, not over it.
      const badgeBox = await badge.boundingBox();
      const iconBox = await page.getByRole('button', { name: 'Pecho derecho' }).locator('svg').boundingBox();
      expect((badgeBox?.y ?? 0) + (badgeBox?.height ?? 0)).toBeLessThanOrEqual(iconBox?.y ?? 0);
      await look(page, `home-es-${theme}`);

      // A timer runs; away from home a slim bar shows it.
      await page.getByRole('button', { name: 'Pecho derecho' }).click();
      await home.timer().waitFor();
      await page.getByRole('link', { name: 'Registro' }).click();
      const bar = page.getByTestId('timer-bar');
      await bar.waitFor();
      expect(await bar.innerText()).toMatch(/Toma\s+Derecho\s+\d+:\d\d/);
      await look(page, `timer-bar-es-${theme}`);

      // Two fields side by side, one with an error: the boxes stay in line.
      await page.goto('/pump');
      await page.getByRole('heading', { name: 'Anotar extracción' }).waitFor();
      await page.getByLabel('Izquierdo (mL)', { exact: true }).fill('-30');
      await page.getByLabel('Derecho (mL)', { exact: true }).fill('60');
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      await page.getByText('No puede ser menos de 0.').waitFor();
      expect(await top(page, '#left')).toBe(await top(page, '#right'));
      expect(await page.getByLabel('Izquierdo (mL)', { exact: true }).count()).toBe(1);
      await look(page, `pump-error-es-${theme}`);

      // The household card and the babies page, one baby archived.
      await page.goto('/settings');
      await page.getByTestId('household-settings').waitFor();
      await look(page, `settings-es-${theme}`);
      await page.goto('/babies');
      await page.getByRole('heading', { name: 'Bebés', level: 1 }).waitFor();
      await page.getByLabel('Nombre', { exact: true }).fill('Lía');
      await page.getByRole('button', { name: 'Añadir bebé' }).click();
      await page.locator('.baby-row .name', { hasText: 'Lía' }).waitFor();
      await page.getByLabel('Nombre', { exact: true }).fill('Leo');
      await page.getByRole('button', { name: 'Añadir bebé' }).click();
      await page.locator('.baby-row .name', { hasText: 'Leo' }).waitFor();
      await page.getByRole('button', { name: 'Editar a Leo' }).click();
      await page.getByRole('button', { name: 'Archivar a Leo' }).click();
      await page.getByTestId('archived-babies').getByText('Leo').waitFor();
      await look(page, `babies-es-${theme}`);
    });
  }

  it('in English: the timer bar over the log and the babies page with an archived baby (light)', async () => {
    const { page, home } = await signedInPage(app, { bypassCSP: true });
    await home.nurse('left');
    await home.timer().waitFor();
    await page.getByRole('link', { name: 'Log' }).click();
    const bar = page.getByTestId('timer-bar');
    await bar.waitFor();
    expect(await bar.innerText()).toMatch(/Nursing\s+Left\s+\d+:\d\d/);
    expect(await bar.getByRole('link').getAttribute('aria-label')).toMatch(/^Nursing, Left, \d+:\d\d: back to the timer$/);
    await look(page, 'timer-bar-en-light');
    const babies = await new BabiesPage(page).open();
    await babies.add('Ana', '2026-11-20');
    await babies.add('Leo');
    await babies.archive('Leo');
    await look(page, 'babies-en-light');
  });
});
