/**
 * The symptom check in the browser: an emergency in a tap or two with the call button on the first
 * screen at 360 px; a baby's emergency in three taps from Check; a sign never held back by a
 * mistyped number elsewhere; a baby's emergency temperature ending the check; a breast check in 8 screens; the 38.5 °C / 101.3 °F boundary typed in °F; a
 * small lump (watch, routines); a nipple problem (latch help, no cold pack); the baby's path with the
 * baby's clinician to call; an impossible temperature; Spanish; an offline check saved later;
 * care contacts; the massage nudges after an "avoid" result and back after 72 hours (fake clock);
 * axe, 48 px targets and screenshots at 360 × 740, light and dark.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { CheckPage } from './pages/check-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { screenshotDir, useTestApp, VIEWPORT } from './support/app.js';
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

/** A breast check, everything answered reassuringly: 8 screens, counted as it goes. */
async function calmBreastCheck(wizard: CheckPage, atStep?: (name: string) => Promise<void>): Promise<number> {
  const page = wizard.page;
  let screens = 1;
  await wizard.waitForQuestion('Is any of these happening to you now?');
  await wizard.noSigns();
  screens++;
  await wizard.about('A breast');
  screens++;
  await wizard.waitForQuestion('Which side, and where?');
  await wizard.answer('Left');
  await page.getByRole('button', { name: "2 o'clock", exact: true }).click();
  await wizard.next();
  screens++;
  await wizard.waitForQuestion('What do you notice on the breast?');
  for (const q of ['A lump or hard area', 'Red skin', 'A distinct, very tender, firm swelling', 'Skin breaking down, or turning dark or black']) await wizard.answerIn(q, 'No');
  await wizard.answerIn("Anything coming from the nipple that isn't milk?", 'Nothing');
  await atStep?.('check-breast');
  await wizard.next();
  screens++;
  await wizard.waitForQuestion('How much does it hurt?');
  await wizard.answer('0');
  screens++;
  await wizard.waitForQuestion('Your temperature, and how you feel');
  await wizard.enterTemperature('36.8', '°C');
  await wizard.answerIn('Flu-like aches', 'No');
  await wizard.answerIn('Feeling very unwell', 'No');
  await wizard.next();
  screens++;
  await wizard.waitForQuestion('How long has this been going on?');
  await wizard.answer('Less than 6 hours');
  await wizard.answerIn('Is it getting better or worse?', 'Better');
  await wizard.next();
  screens++;
  await wizard.waitForQuestion('A few more questions');
  await wizard.answerIn('Antibiotics for this?', 'No');
  for (const q of ['This has happened in the same place before', 'Diabetes', 'A weakened immune system (from an illness or medicines)']) await wizard.answerIn(q, 'No');
  await atStep?.('check-more');
  await wizard.answer('See the result');
  return screens;
}

/** A small lump, the rest skipped: "check again in 12–24 hours", and the inflammation routines. */
async function smallLumpCheck(wizard: CheckPage): Promise<void> {
  await wizard.open();
  await wizard.noSigns();
  await wizard.about('A breast');
  await wizard.skipUntil('What do you notice on the breast?');
  await wizard.answerIn('A lump or hard area', 'Yes');
  await wizard.next();
  await wizard.waitForQuestion('How much does it hurt?');
  await wizard.answer('3');
  await wizard.skipUntil('A few more questions');
  await wizard.answer('See the result');
}

/** Where the call button sits on the first screen, and where it dials. */
async function firstCall(page: Page): Promise<{ href: string | null; top: number; bottom: number }> {
  const call = page.getByTestId('check-calls').getByRole('link').first();
  const box = await call.boundingBox();
  return { href: await call.getAttribute('href'), top: box?.y ?? -1, bottom: (box?.y ?? 0) + (box?.height ?? 0) };
}

browserSuite('symptom check', () => {
  const app = useTestApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`an emergency sign ends the check on the result in one tap, with the call button on the first screen (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true, locale: 'en-GB' });
      // Home → the Check tab (1) → a sign (2): the result.
      await page.locator('.bottom-nav').getByRole('link', { name: 'Check' }).click();
      const wizard = new CheckPage(page);
      await wizard.waitForQuestion('Is any of these happening to you now?');
      await check(page, 'check-signs', theme);
      await wizard.answer('Difficulty breathing, breathlessness, or breathing very fast');
      expect(await wizard.levelTitle()).toBe('Call the emergency number now');
      // The level first, then the call button, both without scrolling at 360 × 740.
      const order = await page.evaluate(() => {
        const article = document.querySelector('main')?.firstElementChild;
        return [article?.getAttribute('data-testid'), article?.firstElementChild?.getAttribute('data-testid'), article?.children[1]?.getAttribute('data-testid')];
      });
      expect(order).toEqual(['check-result', 'check-level', 'check-calls']);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const call = await firstCall(page);
      expect(call.href).toBe('tel:999');
      expect(call.top).toBeGreaterThan(0);
      expect(call.bottom).toBeLessThanOrEqual(VIEWPORT.height - 64);
      await page.screenshot({ path: join(screenshotDir(), `check-emergency-first-screen-${theme}.png`) });
      await check(page, 'check-emergency', theme);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`a baby's emergency is three taps from Check, named for the baby, with the call button on the first screen (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true, locale: 'en-GB' });
      // Home → the Check tab (1) → "It's about my baby" (2) → a sign (3): the result.
      await page.locator('.bottom-nav').getByRole('link', { name: 'Check' }).click();
      const wizard = new CheckPage(page);
      await wizard.waitForQuestion('Is any of these happening to you now?');
      await wizard.answer("It's about my baby");
      await wizard.waitForQuestion('Is any of these happening to your baby now?');
      await check(page, 'check-baby-signs-from-start', theme);
      await wizard.answer('Pauses in breathing, or going blue');
      expect(await wizard.levelTitle()).toBe('Call the emergency number now');
      await page.getByTestId('check-level').getByText('For your baby: call now', { exact: false }).waitFor();
      const now = await page.getByRole('region', { name: 'What to do now' }).innerText();
      expect(now).toContain('Call the emergency number now for your baby');
      expect(now).not.toMatch(/massage|your midwife or doctor/i);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const call = await firstCall(page);
      expect(call.href).toBe('tel:999');
      expect(call.bottom).toBeLessThanOrEqual(VIEWPORT.height - 64);
      await page.screenshot({ path: join(screenshotDir(), `check-baby-emergency-first-screen-${theme}.png`) });
      await check(page, 'check-baby-emergency', theme);
    });
  }

  it('an emergency sign is never held back by a mistyped temperature on another screen', async () => {
    const { page } = await signedInPage(app, { locale: 'en-GB' });
    const wizard = await new CheckPage(page).open();
    await wizard.noSigns();
    await wizard.about('Feeling unwell');
    await wizard.waitForQuestion('Your temperature, and how you feel');
    await wizard.enterTemperature('38..5', '°C');
    for (const question of ['What is this check about?', 'Is any of these happening to you now?']) {
      await wizard.settled();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await wizard.waitForQuestion(question);
    }
    await wizard.answer('Difficulty breathing, breathlessness, or breathing very fast');
    expect(await wizard.levelTitle()).toBe('Call the emergency number now');
    expect((await firstCall(page)).href).toBe('tel:999');
  });

  it("a baby's temperature that needs the emergency number ends the check on its result", async () => {
    const { page } = await signedInPage(app, { locale: 'en-GB' });
    const wizard = await new CheckPage(page).open('/check?for=baby');
    await wizard.noSigns();
    await wizard.waitForQuestion("Your baby's temperature");
    await page.locator('#baby-temperature').fill('38.3');
    await wizard.next();
    expect(await wizard.levelTitle()).toBe('Call the emergency number now');
    await page.getByRole('region', { name: 'Why' }).getByText('with a temperature of 38 °C (100.4 °F) or more needs help now', { exact: false }).waitFor();
  });

  it('a cracked nipple on a check about the breast and the nipple, the breast all "no": latch help, no cold pack, no call', async () => {
    const { page } = await signedInPage(app);
    const wizard = await new CheckPage(page).open();
    await wizard.noSigns();
    await wizard.about('A breast', 'A nipple');
    await wizard.waitForQuestion('Which side, and where?');
    await wizard.next();
    await wizard.waitForQuestion('What do you notice on the breast?');
    for (const q of ['A lump or hard area', 'Red skin', 'A distinct, very tender, firm swelling', 'Skin breaking down, or turning dark or black']) await wizard.answerIn(q, 'No');
    await wizard.answerIn("Anything coming from the nipple that isn't milk?", 'Nothing');
    await wizard.next();
    await wizard.waitForQuestion('How is the nipple?');
    await wizard.answer('Cracked, grazed or bleeding');
    await wizard.answerIn('Severe pain in waves, with the nipple turning white, blue or purple', 'No');
    await wizard.answerIn('A crack not healing after 2–3 days of better latching', 'No');
    await wizard.next();
    await wizard.waitForQuestion('How much does it hurt?');
    await wizard.answer('5');
    await wizard.waitForQuestion('Your temperature, and how you feel');
    await wizard.answerIn('Flu-like aches', 'No');
    await wizard.answerIn('Feeling very unwell', 'No');
    await wizard.next();
    await wizard.waitForQuestion('How long has this been going on?');
    await wizard.answer('1 to 2 days');
    await wizard.answerIn('Is it getting better or worse?', 'The same');
    await wizard.next();
    await wizard.waitForQuestion('A few more questions');
    await wizard.answerIn('Does pain relief ease the pain?', 'Yes');
    await wizard.answerIn('Antibiotics for this?', 'No');
    for (const q of ['This has happened in the same place before', 'Diabetes', 'A weakened immune system (from an illness or medicines)']) await wizard.answerIn(q, 'No');
    await wizard.answer('See the result');
    expect(await wizard.levelTitle()).toBe('You can care for this at home');
    const now = await page.getByRole('region', { name: 'What to do now' }).innerText();
    expect(now).toContain('Get help with the latch and positioning');
    expect(now).not.toMatch(/cold pack|ice|lymphatic|Do not add feeds or pumping/i);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`completes a breast check in 8 screens, then a "seek care now" one, and lists both (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      const wizard = await new CheckPage(page).open();
      expect(await page.getByRole('link', { name: 'Earlier checks' }).count()).toBe(1);
      const screens = await calmBreastCheck(wizard, (name) => check(page, name, theme));
      expect(screens).toBe(8);
      expect(await wizard.levelTitle()).toBe('You can care for this at home');
      await expect.poll(() => page.getByTestId('check-level').locator('svg').count()).toBe(1);
      await page.locator('.check-disclaimer', { hasText: 'not a diagnosis' }).first().waitFor();
      expect(await page.getByTestId('check-calls').count()).toBe(0);
      await check(page, 'check-self-care', theme);

      await wizard.open();
      await wizard.answer('Shivering or shaking chills');
      expect(await wizard.levelTitle()).toBe('Seek care now');
      await page.getByText('Call your urgent health line or maternity unit now', { exact: false }).first().waitFor();
      expect(await page.getByTestId('check-level').innerText()).not.toMatch(/urgent care/i);
      // No urgent line set and none for her region (the US, from the phone): the emergency number.
      expect((await firstCall(page)).href).toBe('tel:911');
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

  it('reads 101.3 °F as the 38.5 °C boundary: contact her midwife or doctor today; Why shows only that level', async () => {
    const { page } = await signedInPage(app);
    const wizard = await new CheckPage(page).open();
    await wizard.noSigns();
    await wizard.about('A breast');
    await wizard.skipUntil('What do you notice on the breast?');
    await wizard.answerIn('A lump or hard area', 'Yes');
    await wizard.next();
    await wizard.skipUntil('Your temperature, and how you feel');
    await wizard.enterTemperature('101.3', '°F');
    await wizard.next();
    await wizard.skipUntil('A few more questions');
    await wizard.answer('See the result');
    expect(await wizard.levelTitle()).toBe('Contact your midwife or doctor today');
    const why = page.getByRole('region', { name: 'Why' });
    await why.getByText('38.5 °C (101.3 °F) or more', { exact: false }).waitFor();
    // The lump's "can be cared for at home" contradicts a fever: it is neither a reason nor noted.
    expect(await why.innerText()).not.toMatch(/cared for at home/);
    expect(await page.getByRole('region', { name: 'Also noted' }).count()).toBe(0);
    expect(await page.getByTestId('check-result').innerText()).not.toMatch(/cared for at home|Without a fever/i);
    // No midwife's number yet: the result says where to add it.
    await page.getByRole('link', { name: 'Add the number to call in your care contacts' }).waitFor();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`a small lump: check again in 12–24 hours, with routines that fit linked (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      const wizard = new CheckPage(page);
      await smallLumpCheck(wizard);
      expect(await wizard.levelTitle()).toBe('Check again in 12–24 hours');
      expect(await page.getByRole('region', { name: 'When to check again' }).innerText()).toContain('Within 12 to 24 hours, or at once if anything gets worse.');
      const now = await page.getByRole('region', { name: 'What to do now' }).innerText();
      expect(now).toContain('no more than once an hour');
      expect(now).toContain('safe for a healthy baby born at term');
      const routines = page.getByRole('region', { name: 'Massage routines that can help' }).getByRole('link');
      expect(await routines.count()).toBeGreaterThan(0);
      for (const href of await routines.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/massage\/[a-z-]+$/);
      await check(page, 'check-watch', theme);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`a bleeding crack gets latch, positioning and flange help, and no cold pack or drainage (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      const wizard = await new CheckPage(page).open();
      await wizard.noSigns();
      await wizard.about('A nipple');
      await wizard.waitForQuestion('How is the nipple?');
      await wizard.answer('Cracked, grazed or bleeding');
      await wizard.answerIn("Anything coming from the nipple that isn't milk?", 'Blood from a crack I can see');
      await wizard.answerIn('Severe pain in waves, with the nipple turning white, blue or purple', 'No');
      await wizard.answerIn('A crack not healing after 2–3 days of better latching', 'No');
      await check(page, 'check-nipple', theme);
      await wizard.next();
      await wizard.waitForQuestion('How much does it hurt?');
      await wizard.answer('5');
      await wizard.waitForQuestion('Your temperature, and how you feel');
      await wizard.answerIn('Flu-like aches', 'No');
      await wizard.answerIn('Feeling very unwell', 'No');
      await wizard.next();
      await wizard.waitForQuestion('How long has this been going on?');
      await wizard.answer('1 to 2 days');
      await wizard.answerIn('Is it getting better or worse?', 'The same');
      await wizard.next();
      await wizard.waitForQuestion('A few more questions');
      await wizard.answerIn('Does pain relief ease the pain?', 'Yes');
      await wizard.answerIn('Antibiotics for this?', 'No');
      // A nipple check chooses no place on the breast: "the same place before" is not asked.
      expect(await wizard.step().getByRole('group', { name: 'This has happened in the same place before' }).count()).toBe(0);
      for (const q of ['Diabetes', 'A weakened immune system (from an illness or medicines)']) await wizard.answerIn(q, 'No');
      await wizard.answer('See the result');
      expect(await wizard.levelTitle()).toBe('You can care for this at home');
      const now = await page.getByRole('region', { name: 'What to do now' }).innerText();
      expect(now).toContain('Get help with the latch and positioning, or with the pump, within a day or two');
      expect(now).toContain('The flange (funnel) is sized by the width of your nipple');
      expect(now).not.toMatch(/cold pack|ice|lymphatic/i);
      expect(await page.getByRole('region', { name: 'Massage routines that can help' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Why' }).innerText()).toContain('Lactea’s own rule');
      await check(page, 'check-nipple-result', theme);
    });
  }

  it("the baby's path: nappies below the table for day 5 → the baby's midwife or doctor today, with her number to call", async () => {
    const { page } = await signedInPage(app, { bypassCSP: true });
    await page.goto('/settings/contacts');
    await page.getByRole('heading', { name: 'My care contacts', level: 1 }).waitFor();
    await page.locator('#babyClinician-name').fill('Health visitor');
    await page.locator('#babyClinician-phone').fill('01234 000111');
    await page.getByRole('button', { name: 'Save contacts' }).click();
    await page.getByText('Care contacts saved.').waitFor();

    const wizard = await new CheckPage(page).open('/check?for=baby');
    await wizard.waitForQuestion('Is any of these happening to your baby now?');
    await check(page, 'check-baby-signs', 'light');
    await wizard.noSigns();
    await wizard.waitForQuestion("Your baby's temperature");
    await wizard.next();
    await wizard.waitForQuestion('How is your baby feeding?');
    await wizard.answer('Feeding well');
    await wizard.answerIn('Sleepier than usual, less interested in feeding', 'No');
    await wizard.next();
    await wizard.waitForQuestion('Nappies in the last 24 hours');
    await page.locator('#days-since-birth').fill('4');
    await page.locator('#baby-wet').fill('3');
    await page.locator('#baby-dirty').fill('2');
    await wizard.answer('Less than 8 hours ago');
    await check(page, 'check-baby-nappies', 'light');
    await wizard.next();
    await wizard.waitForQuestion('Yellow skin and pale stools');
    await wizard.answerIn('Yellow skin, or yellow whites of the eyes', 'No');
    await wizard.answerIn('Pale or chalk-white stools', 'No');
    await wizard.answer('See the result');
    expect(await wizard.levelTitle()).toBe("Contact your baby's midwife or doctor today");
    await page.getByText('not only a lactation professional', { exact: false }).waitFor();
    const call = page.getByTestId('check-calls').getByRole('link').first();
    expect(await call.getAttribute('href')).toBe('tel:01234000111');
    expect(await call.innerText()).toContain('Call Health visitor');
    await check(page, 'check-baby-result', 'light');
  });

  it('a double tap answers one question, not the next one too', async () => {
    const { page } = await signedInPage(app);
    const wizard = await new CheckPage(page).open();
    await wizard.noSigns();
    await wizard.about('Both breasts full and hard');
    await wizard.skipUntil('How much does it hurt?');
    await wizard.settled();
    await wizard.step().getByRole('button', { name: '2', exact: true }).dblclick();
    await wizard.waitForQuestion('Your temperature, and how you feel');
    await wizard.settled();
    expect(await wizard.step().locator('[aria-pressed="true"]').count()).toBe(0);
    await wizard.page.getByRole('button', { name: 'Back', exact: true }).click();
    await wizard.waitForQuestion('How much does it hurt?');
    expect(await wizard.step().locator('[aria-pressed="true"]').innerText()).toContain('2');
  });

  it('refuses an impossible temperature and stays on the question', async () => {
    const { page } = await signedInPage(app);
    const wizard = await new CheckPage(page).open();
    await wizard.noSigns();
    await wizard.about('Feeling unwell');
    await wizard.enterTemperature('50', '°C');
    await wizard.next();
    const error = page.locator('#temperature-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('between 30 and 44 °C');
    expect(await page.locator('#temperature').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(screenshotDir(), 'check-temperature-error-light.png'), fullPage: true });
    expect(await wizard.questionText()).toBe('Your temperature, and how you feel');
    // Enter in the field does what Next does.
    await page.locator('#temperature').fill('37');
    await page.locator('#temperature').press('Enter');
    await wizard.waitForQuestion('How long has this been going on?');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`speaks Spanish, without intensifying the signs, and for parents who pump (${theme})`, async () => {
      const { page } = await signedInPage(app, { bypassCSP: true, colorScheme: theme });
      await (await new SettingsPage(page).open()).choose('Español');
      await page.goto('/check');
      await page.locator('#check-question', { hasText: '¿Te pasa alguna de estas cosas ahora?' }).waitFor();
      const signs = await page.locator('.check-signs').innerText();
      expect(signs).toContain('El corazón acelerado');
      expect(signs).not.toMatch(/mucho|muy rápido el corazón|te late muy/);
      await check(page, 'check-signs-es', theme);
      await page.getByRole('button', { name: 'Tiritona o escalofríos con temblores' }).click();
      const wizard = new CheckPage(page);
      expect(await wizard.levelTitle()).toBe('Busca atención médica ya');
      expect((await firstCall(page)).href).toBe('tel:911');
      await check(page, 'check-urgent-es', theme);
      await page.getByRole('heading', { name: 'Qué hacer ahora', level: 2 }).waitFor();
      await page.getByText('Busca atención ya: llama ahora a tu línea de salud urgente', { exact: false }).first().waitFor();

      await page.goto('/check');
      await page.locator('#check-question').waitFor();
      await wizard.settled();
      await page.getByRole('button', { name: 'Nada de esto' }).click();
      await page.locator('#check-question', { hasText: '¿Sobre qué es esta comprobación?' }).waitFor();
      await wizard.settled();
      await page.getByRole('button', { name: /^Un pecho/ }).click();
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await page.locator('#check-question', { hasText: '¿Qué lado y dónde?' }).waitFor();
      await wizard.settled();
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await page.locator('#check-question', { hasText: '¿Qué notas en el pecho?' }).waitFor();
      await check(page, 'check-breast-es', theme);
      await wizard.settled();
      await page.getByRole('group', { name: 'Un bulto o una zona dura' }).getByRole('button', { name: 'Sí' }).click();
      await page.getByRole('button', { name: 'Siguiente' }).click();
      await page.locator('#check-question', { hasText: '¿Cuánto te duele?' }).waitFor();
      await wizard.settled();
      await page.getByRole('button', { name: '3', exact: true }).click();
      // Skip the fever and "how long" screens.
      for (const question of ['Tu temperatura y cómo te encuentras', '¿Desde cuándo te pasa?']) {
        await page.locator('#check-question', { hasText: question }).waitFor();
        await wizard.settled();
        await page.getByRole('button', { name: 'No lo sé / saltar' }).click();
      }
      await page.locator('#check-question', { hasText: 'Unas preguntas más' }).waitFor();
      await wizard.settled();
      await page.getByRole('button', { name: 'Ver el resultado' }).click();
      expect(await wizard.levelTitle()).toBe('Vuelve a comprobarlo en 12–24 horas');
      const now = await page.getByRole('region', { name: 'Qué hacer ahora' }).innerText();
      expect(now).toContain('Sigue con las tomas o las extracciones de siempre');
      expect(now).toContain('como mucho una vez cada hora');
      await check(page, 'check-watch-es', theme);
      await page.goto('/check/history');
      await page.getByRole('heading', { name: 'Comprobaciones anteriores', level: 1 }).waitFor();
      expect(await wizard.historyItems().first().innerText()).toContain('Vuelve a comprobarlo');
    });
  }

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
    await wizard.waitForQuestion('Is any of these happening to you now?');
    await wizard.settled();
    await page.context().setOffline(true);
    await wizard.answer('Fainting or nearly fainting');
    expect(await wizard.levelTitle()).toBe('Seek care now');
    await page.getByText("Not saved yet: there's no connection.", { exact: false }).waitFor();
    await page.getByTestId('sync-status').getByText('Offline — 1 change waiting').waitFor();
    // Offline, the call button still dials (the emergency number of her region, with no contacts kept).
    expect((await firstCall(page)).href).toMatch(/^tel:\d+$/);
    // Back online, the outbox sends it by itself; the screen switches to the server's result.
    const saved = page.waitForResponse((r) => r.url().includes('/symptom-checks/') && r.request().method() === 'PUT');
    await page.context().setOffline(false);
    expect((await saved).status()).toBe(201);
    await expect.poll(() => page.getByText('Not saved', { exact: false }).count()).toBe(0);
    await wizard.openHistory();
    await expect.poll(() => wizard.historyItems().count()).toBe(1);
  });

  for (const [theme, lang] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'es'],
  ] as const) {
    it(`care contacts: the emergency number by region, a number checked before saving (${theme}, ${lang})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true, locale: lang === 'es' ? 'en-US' : 'en-GB' });
      if (lang === 'es') await (await new SettingsPage(page).open()).choose('Español');
      await page.goto('/settings');
      await page.getByRole('link', { name: lang === 'es' ? 'Mis contactos de salud' : 'My care contacts' }).click();
      await page.locator('#contacts-emergency').waitFor();
      expect(await page.locator('#contacts-emergency').getAttribute('placeholder')).toBe(lang === 'es' ? '911' : '999');
      if (lang === 'es') {
        // Choosing a region changes the default: Spain's is 112.
        await page.locator('#contacts-region').selectOption('ES');
        expect(await page.locator('#contacts-emergency').getAttribute('placeholder')).toBe('112');
      }
      await page.getByRole('note').waitFor();
      await page.locator('#parentClinician-phone').fill(lang === 'es' ? 'llamar' : 'call the GP');
      await page.getByRole('button', { name: lang === 'es' ? 'Guardar contactos' : 'Save contacts' }).click();
      await page.locator('#parentClinician-phone-error').waitFor();
      await check(page, `contacts-settings-${lang}`, theme);
      await page.locator('#parentClinician-phone').fill('+44 1234 567890');
      await page.getByRole('button', { name: lang === 'es' ? 'Guardar contactos' : 'Save contacts' }).click();
      await page.getByText(lang === 'es' ? 'Contactos de salud guardados.' : 'Care contacts saved.').waitFor();
    });
  }

  it('after a check that avoids routines, "Massage first?" and hands-on pumping hold back for 72 hours, then come back', async () => {
    const { page, home } = await signedInPage(app, { bypassCSP: true });
    const massageFirst = page.locator('.massage-first');
    await massageFirst.getByRole('link', { name: 'Breast massager' }).waitFor();
    expect(await page.getByTestId('nudge-note').count()).toBe(0);

    const wizard = new CheckPage(page);
    await smallLumpCheck(wizard);
    expect(await wizard.levelTitle()).toBe('Check again in 12–24 hours');
    const result = page.url();
    expect(result).toMatch(/\/check\/result\//);
    await page.goto('/');
    await home.waitUntilReady();
    const note = massageFirst.getByTestId('nudge-note');
    await note.waitFor();
    expect(await note.innerText()).toContain('your last symptom check says to avoid them');
    expect(await massageFirst.getByRole('link', { name: 'Breast massager' }).count()).toBe(0);
    expect(await massageFirst.getByRole('link', { name: 'Let-down massage' }).count()).toBe(1);
    await check(page, 'home-nudge', 'light');
    await page.goto('/pump');
    await page.getByTestId('nudge-note').getByText('Hands-on pumping is hidden for now', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Hands-on pumping' }).count()).toBe(0);
    await page.getByTestId('nudge-note').getByRole('link', { name: 'See the check' }).click();
    await page.waitForURL(result);

    // 72 hours later the nudges are back.
    await page.clock.install({ time: Date.now() + 72 * 3_600_000 + 60_000 });
    await page.goto('/');
    await home.waitUntilReady();
    await massageFirst.getByRole('link', { name: 'Breast massager' }).waitFor();
    expect(await page.getByTestId('nudge-note').count()).toBe(0);
    await page.goto('/pump');
    await page.getByRole('link', { name: 'Hands-on pumping' }).waitFor();
  });
});
