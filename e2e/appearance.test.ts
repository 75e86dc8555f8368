import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { HomePage } from './pages/home-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

const DARK_BG = 'rgb(20, 24, 27)';
const LIGHT_BG = 'rgb(246, 243, 238)';

const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

browserSuite('theme and language', () => {
  const app = useTestApp();

  it('switches to the dark theme and keeps it after a reload', async () => {
    const { page } = await signedInPage(app);
    expect(await background(page)).toBe(LIGHT_BG);
    await (await new SettingsPage(page).open()).choose('Dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.goto('/');
    await new HomePage(page).waitUntilReady();
    expect(await background(page)).toBe(DARK_BG);
  });

  it('follows a dark system theme until told otherwise', async () => {
    const { page } = await signedInPage(app, { colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_BG);
    await (await new SettingsPage(page).open()).choose('Light');
    expect(await background(page)).toBe(LIGHT_BG);
  });

  it('speaks Spanish when chosen, and after a reload', async () => {
    const { page } = await signedInPage(app);
    await (await new SettingsPage(page).open()).choose('Español');
    await page.getByRole('heading', { name: 'Ajustes', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.goto('/');
    await page.getByRole('button', { name: 'Pecho izquierdo' }).waitFor();
    expect(await page.getByRole('navigation').innerText()).toContain('Inicio');
    expect(await page.getByText('Lactea no sustituye el consejo médico.').isVisible()).toBe(true);
  });
});
