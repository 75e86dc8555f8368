/**
 * The first minutes, as a new family lives them: a Spanish sign-up that stays Spanish (errors too),
 * the guided start step by step (resumable), her partner joining on his own phone in her unit, and a
 * partner who prefers mL seeing her fl oz as his mL. Axe and screenshots at 360 px, light and dark.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { EntryPage } from './pages/entry-page.js';
import { HomePage } from './pages/home-page.js';
import { InvitePage } from './pages/sharing-pages.js';
import { freshEmail, PASSWORD, screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

interface Me {
  user: { preferences: { language: string; volumeUnit: string; weightUnit: string; firstRun: string } };
  households: { id: string; name: string; volumeUnit: string; weightUnit: string; role: string }[];
}

const me = async (page: Page): Promise<Me> => (await (await page.request.get('/api/me')).json()) as Me;

async function look(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTargets(page), `targets on ${name}`).toEqual([]);
  expect(await horizontalOverflow(page), `overflow on ${name}`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(screenshotDir(), `first-run-${name}.png`), fullPage: true });
}

/** Signs up on the sign-in screen as it comes (its language follows the browser's). */
async function signUpEs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: '¿Es tu primera vez? Crea una cuenta' }).click();
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
}

browserSuite('first run', () => {
  const app = useTestApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`a Spanish sign-up stays Spanish through the guided start, errors included (${theme})`, async () => {
      const page = await app.newPage({ locale: 'es-ES', colorScheme: theme, bypassCSP: true });
      const email = freshEmail();
      // Errors from the server, in her language: a common Spanish password, then an email already taken.
      await signUpEs(page, email, 'Contraseña123');
      expect(await page.locator('#password-error').innerText()).toBe('Esta contraseña es demasiado común. Elige otra.');
      await page.getByLabel('Contraseña').fill(PASSWORD);
      await page.getByRole('button', { name: 'Crear cuenta' }).click();

      // Step 1: the household's name.
      await page.getByRole('heading', { name: 'Tu hogar', level: 1 }).waitFor();
      expect(await page.getByTestId('start-progress').innerText()).toBe('Paso 1 de 4');
      await look(page, `1-household-es-${theme}`);
      await page.getByLabel('Nombre del hogar').fill('María y Javier');
      await page.getByRole('button', { name: 'Siguiente' }).click();

      // Step 2: twins, one with a birth date.
      await page.getByRole('heading', { name: 'Tu bebé', level: 1 }).waitFor();
      await page.getByLabel('Nombre', { exact: true }).fill('Lía');
      await page.getByLabel('Fecha de nacimiento (opcional)').fill('2026-11-20');
      await page.getByRole('button', { name: 'Añadir bebé' }).click();
      await page.getByTestId('start-babies').getByText('Lía').waitFor();
      await page.getByLabel('Nombre', { exact: true }).fill('Leo');
      await page.getByRole('button', { name: 'Añadir bebé' }).click();
      await page.getByTestId('start-babies').getByText('Leo').waitFor();
      await look(page, `2-babies-es-${theme}`);
      await page.getByRole('button', { name: 'Siguiente' }).click();

      // Step 3: units, hers and the household's. The weight follows fl oz to pounds until she
      // chooses: her clinic weighs in kilograms (M5).
      await page.getByRole('heading', { name: 'Unidades', level: 1 }).waitFor();
      // The notice that Leo was added belonged to the step before: it goes with it, at once.
      await expect.poll(() => page.locator('.notice p').count(), { timeout: 1000 }).toBe(0);
      await page.locator('.segmented label', { hasText: 'fl oz (EE. UU.)' }).click();
      const weight = page.getByRole('group', { name: 'Peso del bebé' });
      expect(await weight.getByRole('radio', { name: 'lb y oz' }).isChecked()).toBe(true);
      await weight.locator('label', { hasText: 'kg' }).click();
      expect(await weight.getByRole('radio', { name: 'kg' }).isChecked()).toBe(true);
      await look(page, `3-units-es-${theme}`);
      await page.getByRole('button', { name: 'Siguiente' }).click();

      // Step 4: a link for her partner.
      await page.getByRole('heading', { name: 'Tu pareja', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Crear un enlace de invitación' }).click();
      await page.getByTestId('invite-link').waitFor();
      await look(page, `4-partner-es-${theme}`);
      await page.getByRole('button', { name: 'Listo' }).click();

      // Home, still in Spanish; her account says so, and the household is named and in fl oz.
      await page.getByRole('button', { name: 'Pecho izquierdo' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      const account = await me(page);
      expect(account.user.preferences).toMatchObject({ language: 'es', volumeUnit: 'floz', weightUnit: 'kg', firstRun: 'done' });
      expect(account.households[0]).toMatchObject({ name: 'María y Javier', volumeUnit: 'floz', weightUnit: 'kg' });
      const babies = (await (await page.request.get(`/api/households/${account.households[0]?.id ?? ''}/babies`)).json()) as { babies: { name: string; birthDate: string | null }[] };
      expect(babies.babies).toEqual([expect.objectContaining({ name: 'Lía', birthDate: '2026-11-20' }), expect.objectContaining({ name: 'Leo', birthDate: null })]);
      expect(await page.getByTestId('first-run-card').count()).toBe(0);
      await look(page, `5-home-es-${theme}`);

      // Milk in fl oz, and the baby's weight form in kilograms.
      await page.goto('/baby');
      await page.getByRole('heading', { name: 'Lía: pañales y peso', level: 1 }).waitFor();
      await page.getByLabel('Peso (kg)').waitFor();
      expect(await page.getByLabel('Libras (lb)').count()).toBe(0);
      await page.screenshot({ path: join(screenshotDir(), `first-run-6-baby-kg-es-${theme}.png`), fullPage: true });
      // Settings shows it next to the volume, hers and the household's; she switches to pounds and the form follows.
      await page.getByRole('link', { name: 'Ajustes' }).click();
      const mine = page.getByRole('group', { name: 'Peso del bebé' });
      expect(await mine.getByRole('radio', { name: 'kg' }).isChecked()).toBe(true);
      expect(await page.getByRole('group', { name: 'Peso para los nuevos miembros' }).getByRole('radio', { name: 'kg' }).isChecked()).toBe(true);
      await look(page, `7-settings-es-${theme}`);
      await mine.locator('label', { hasText: 'lb y oz' }).click();
      await expect.poll(async () => (await me(page)).user.preferences.weightUnit).toBe('lb');
      await page.goto('/baby');
      await page.getByLabel('Libras (lb)').waitFor();
      expect(await page.getByLabel('Peso (kg)').count()).toBe(0);

      // The same email again, on a fresh Spanish screen: the server's refusal, in Spanish.
      const again = await app.newPage({ locale: 'es-ES' });
      await signUpEs(again, email, 'otra contraseña larga');
      expect(await again.locator('#email-error').innerText()).toBe('Ya existe una cuenta con este correo. Inicia sesión.');
    });
  }

  it('is resumable: a reload comes back to the step she was on, and "Skip setup" ends it', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'New here? Create an account' }).click();
    await page.getByLabel('Email').fill(freshEmail());
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Your household', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.getByRole('heading', { name: 'Your baby', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Your baby', level: 1 }).waitFor();
    expect(await page.getByTestId('start-progress').innerText()).toBe('Step 2 of 4');
    // She goes home meanwhile: the guide does not insist (once per opening); home offers to continue.
    await page.getByRole('link', { name: 'Home' }).click();
    await new HomePage(page).waitUntilReady();
    await page.getByTestId('first-run-card').getByRole('link', { name: 'Continue setting up (step 2 of 4)' }).click();
    await page.getByRole('heading', { name: 'Your baby', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Skip setup' }).click();
    await new HomePage(page).waitUntilReady();
    expect((await me(page)).user.preferences.firstRun).toBe('done');
    await page.reload();
    await new HomePage(page).waitUntilReady();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('her partner joins in her unit; he may switch to mL, and his 90 mL bottle reads as 3 fl oz to her', async () => {
    const { page: mum } = await signedInPage(app);
    const hid = (await me(mum)).households[0]?.id ?? '';
    await mum.request.patch(`/api/households/${hid}`, { data: { name: 'María y Javier', volumeUnit: 'floz' } });
    await mum.request.put('/api/me/preferences', { data: { volumeUnit: 'floz' } });
    const invite = (await (await mum.request.post(`/api/households/${hid}/shares`, { data: { role: 'caregiver', accessExpiresAt: null } })).json()) as { token: string };

    const dad = await app.newPage();
    const page = await new InvitePage(dad).open(`${app.url}/invite/${invite.token}`);
    expect(await page.offer().innerText()).toContain('“María y Javier”');
    await page.signUp(freshEmail(), PASSWORD);
    await page.accept();
    await dad.getByText('Joined. Volumes show in fl oz here; change that in Settings.').waitFor();
    const home = new HomePage(dad);
    await home.waitUntilReady();
    // No guided start for him: it is her household.
    expect(new URL(dad.url()).pathname).toBe('/');
    expect((await me(dad)).user.preferences).toMatchObject({ volumeUnit: 'floz', firstRun: 'done' });

    // He prefers mL: his bottle of 90 mL is stored as 90 mL and shown to her as 3 fl oz.
    await dad.goto('/settings');
    await dad.locator('.segmented label', { hasText: 'mL' }).first().click();
    await home.open();
    await home.logBottle();
    await dad.getByLabel('Volume (mL)', { exact: true }).waitFor();
    await new EntryPage(dad).fillBottle('90');
    const saved = dad.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await new EntryPage(dad).save();
    expect(((await (await saved).json()) as { volumeMl: number }).volumeMl).toBe(90);
    const mumHome = await new HomePage(mum).open();
    await expect.poll(() => mumHome.total('bottle')).toBe('3 fl oz');
  });
});
