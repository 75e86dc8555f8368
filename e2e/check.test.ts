/**
 * The symptom check in the browser: the wizard for a self-care and an urgent case, "Seek care now"
 * first, history, the 38.5 °C / 101.3 °F boundary typed in °F, an impossible temperature, Spanish,
 * an offline check saved later; axe, 48 px targets and screenshots at 360 × 740, light and dark.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { CheckPage } from './pages/check-page.js';
import { SettingsPage } from './pages/settings-page.js';
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

/** [question, answer] pairs for one-tap questions, in order. */
async function answerAll(wizard: CheckPage, steps: readonly (readonly [string, string])[]): Promise<void> {
  for (const [question, answer] of steps) {
    await wizard.waitForQuestion(question);
    await wizard.answer(answer);
  }
}

/** Nothing worrying: every question answered, and answered reassuringly. */
async function selfCareCheck(wizard: CheckPage, atWhere?: () => Promise<void>): Promise<void> {
  await wizard.waitForQuestion('Any of these right now?');
  await wizard.answer('None of these');
  await wizard.waitForQuestion('Which side, and where?');
  await wizard.answer('Left');
  await wizard.page.getByRole('button', { name: "2 o'clock", exact: true }).click();
  await atWhere?.();
  await wizard.next();
  await answerAll(wizard, [
    ['Can you feel a lump?', 'No lump'],
    ['Is any skin red?', 'No redness'],
    ['How much does it hurt?', '0'],
  ]);
  await wizard.waitForQuestion('What is your body temperature?');
  await wizard.enterTemperature('36.8', '°C');
  await answerAll(wizard, [
    ['chills or flu-like aches', 'No'],
    ['How long', 'Less than 6 hours'],
    ['better or worse', 'Getting better'],
    ['pus or blood', 'No'],
    ['nipple damaged', 'No damage'],
    ['areola so swollen', 'No'],
    ['How is your baby feeding', 'Feeding well'],
    ['both breasts full', 'No'],
    ['distinct, very tender', 'No'],
    ['skin breaking down', 'No'],
    ['diabetes', 'No'],
  ]);
  await wizard.waitForQuestion('antibiotics');
  await wizard.answer('No');
  await wizard.answer('See the result');
}

browserSuite('symptom check', () => {
  const app = useTestApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`completes a self-care check, then an urgent one that says "Seek care now" first, and lists both (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      const wizard = await new CheckPage(page).open();
      expect(await page.getByRole('link', { name: 'Earlier checks' }).count()).toBe(1);
      await check(page, 'check-emergency', theme);

      await selfCareCheck(wizard, () => check(page, 'check-step', theme));
      expect(await wizard.levelTitle()).toBe('You can care for this at home');
      await expect.poll(() => page.getByTestId('check-level').locator('svg').count()).toBe(1);
      await page.locator('.check-disclaimer', { hasText: 'not a diagnosis' }).first().waitFor();
      await check(page, 'check-self-care', theme);

      await wizard.open();
      await wizard.answerIn('Confusion, or being hard to wake', 'Yes');
      await page.getByRole('alert').getByText('This needs care now').waitFor();
      await wizard.answer('See what to do now');
      expect(await wizard.levelTitle()).toBe('Seek care now');
      // "Seek care now" comes first: the result is the first thing in main, the level its first part,
      // and its words the first heading on the screen.
      const order = await page.evaluate(() => {
        const main = document.querySelector('main');
        const article = main?.firstElementChild;
        return {
          firstInMain: article?.getAttribute('data-testid') ?? null,
          firstInResult: article?.firstElementChild?.getAttribute('data-testid') ?? null,
          firstHeading: main?.querySelector('h1, h2, h3')?.textContent?.trim() ?? null,
        };
      });
      expect(order).toEqual({ firstInMain: 'check-result', firstInResult: 'check-level', firstHeading: 'Seek care now' });
      await page.getByText('This means now: call your local emergency number', { exact: false }).waitFor();
      await check(page, 'check-urgent', theme);

      await wizard.openHistory();
      await expect.poll(() => wizard.historyItems().count()).toBe(2);
      const first = wizard.historyItems().first();
      expect(await first.innerText()).toContain('Seek care now');
      expect(await wizard.historyItems().nth(1).innerText()).toContain('You can care for this at home');
      await check(page, 'check-history', theme);
      await first.getByRole('link').click();
      expect(await wizard.levelTitle()).toBe('Seek care now');
    });
  }

  it('reads 101.3 °F as the 38.5 °C boundary: contact your provider today', async () => {
    const { page } = await signedInPage(app);
    const wizard = await new CheckPage(page).open();
    await wizard.answer('None of these');
    await wizard.skipUntil('What is your body temperature?');
    await wizard.enterTemperature('101.3', '°F');
    await wizard.waitForQuestion('chills or flu-like aches');
    await wizard.skipUntil('antibiotics');
    await wizard.answer('See the result');
    expect(await wizard.levelTitle()).toBe('Contact your provider today');
    await page.getByText('38.5 °C (101.3 °F) or more', { exact: false }).waitFor();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`a small lump: check again in 12–24 hours, with routines that fit linked (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      const wizard = await new CheckPage(page).open();
      await wizard.answer('None of these');
      await wizard.skipUntil('Can you feel a lump?');
      await wizard.step().getByRole('button', { name: /^Small/ }).click();
      await wizard.step().locator('#lump-days').fill('1');
      await wizard.next();
      await wizard.waitForQuestion('Is any skin red?');
      await wizard.skipUntil('antibiotics');
      await wizard.answer('See the result');
      expect(await wizard.levelTitle()).toBe('Check again in 12–24 hours');
      expect(await page.getByRole('region', { name: 'When to check again' }).innerText()).toContain('Within 12 to 24 hours, or at once if anything gets worse.');
      const routines = page.getByRole('region', { name: 'Massage routines that can help' }).getByRole('link');
      expect(await routines.count()).toBeGreaterThan(0);
      for (const href of await routines.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/massage\/[a-z-]+$/);
      await check(page, 'check-watch', theme);
    });
  }

  it('a double tap answers one question, not the next one too', async () => {
    const { page } = await signedInPage(app);
    const wizard = await new CheckPage(page).open();
    await wizard.answer('None of these');
    await wizard.skipUntil('Can you feel a lump?');
    await wizard.settled();
    await wizard.step().getByRole('button', { name: 'No lump', exact: true }).dblclick();
    await wizard.waitForQuestion('Is any skin red?');
    await wizard.settled();
    expect(await wizard.step().locator('[aria-pressed="true"]').count()).toBe(0);
    await wizard.page.getByRole('button', { name: 'Back', exact: true }).click();
    await wizard.waitForQuestion('Can you feel a lump?');
    expect(await wizard.step().locator('[aria-pressed="true"]').innerText()).toContain('No lump');
  });

  it('refuses an impossible temperature and stays on the question', async () => {
    const { page } = await signedInPage(app);
    const wizard = await new CheckPage(page).open();
    await wizard.answer('None of these');
    await wizard.skipUntil('What is your body temperature?');
    await wizard.enterTemperature('50', '°C');
    const error = page.locator('#temperature-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('between 30 and 44 °C');
    expect(await page.locator('#temperature').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(screenshotDir(), 'check-temperature-error-light.png'), fullPage: true });
    expect(await wizard.questionText()).toBe('What is your body temperature?');
    // Enter in the field does what Next does.
    await page.locator('#temperature').fill('37');
    await page.locator('#temperature').press('Enter');
    await wizard.waitForQuestion('chills or flu-like aches');
  });

  it('speaks Spanish', async () => {
    const { page } = await signedInPage(app, { bypassCSP: true });
    await (await new SettingsPage(page).open()).choose('Español');
    await page.goto('/check');
    await page.locator('#check-question', { hasText: '¿Te pasa algo de esto ahora?' }).waitFor();
    await check(page, 'check-emergency-es', 'light');
    await page.getByRole('group', { name: 'Te desmayas o casi te desmayas' }).getByRole('button', { name: 'Sí', exact: true }).click();
    await page.getByRole('button', { name: 'Ver qué hacer ahora' }).click();
    const wizard = new CheckPage(page);
    expect(await wizard.levelTitle()).toBe('Busca atención médica ya');
    await check(page, 'check-urgent-es', 'light');
    await page.getByRole('heading', { name: 'Qué hacer ahora', level: 2 }).waitFor();
    await page.getByText('Busca atención ya: ve a urgencias', { exact: false }).first().waitFor();
    await page.goto('/check/history');
    await page.getByRole('heading', { name: 'Comprobaciones anteriores', level: 1 }).waitFor();
    expect(await wizard.historyItems().first().innerText()).toContain('Busca atención médica ya');
  });

  it('without a connection shows the result worked out here, says it was not saved, and sends it when the network returns', async () => {
    const { page } = await signedInPage(app);
    // Load the check screens' code first (in real use the service worker has it).
    await page.goto('/check/result/00000000-0000-4000-8000-000000000000');
    await page.getByText("We couldn't find this check.").waitFor();
    await page.evaluate(() => {
      history.pushState(null, '', '/check');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    const wizard = new CheckPage(page);
    await wizard.waitForQuestion('Any of these right now?');
    await wizard.answerIn('Fainting or nearly fainting', 'Yes');
    await page.context().setOffline(true);
    await wizard.answer('See what to do now');
    expect(await wizard.levelTitle()).toBe('Seek care now');
    await page.getByText("Not saved yet: there's no connection.", { exact: false }).waitFor();
    await page.getByTestId('sync-status').getByText('Offline — 1 change waiting').waitFor();
    // Back online, the outbox sends it by itself; the screen switches to the server's result.
    const saved = page.waitForResponse((r) => r.url().includes('/symptom-checks/') && r.request().method() === 'PUT');
    await page.context().setOffline(false);
    expect((await saved).status()).toBe(201);
    await expect.poll(() => page.getByText('Not saved', { exact: false }).count()).toBe(0);
    await wizard.openHistory();
    await expect.poll(() => wizard.historyItems().count()).toBe(1);
  });
});
