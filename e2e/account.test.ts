import { expect, it } from 'vitest';
import { HomePage } from './pages/home-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { freshEmail, PASSWORD, useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

browserSuite('accounts in the browser', () => {
  const app = useTestApp();

  it('signs up, lands on home, signs out and back in', async () => {
    const { page, email } = await signedInPage(app);
    expect(await page.getByRole('button', { name: 'Nurse right' }).isVisible()).toBe(true);
    expect(await page.getByText('Lactea is not medical advice.').isVisible()).toBe(true);

    const settings = await new SettingsPage(page).open();
    await settings.signOut();
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();

    await new SignInPage(page).signIn(email, PASSWORD);
    await new HomePage(page).waitUntilReady();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('opens signed out without a single console error, not even an expected 401', async () => {
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await new SignInPage(page).open();
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('explains a wrong password and a too-short new one', async () => {
    const { page: first, email } = await signedInPage(app);
    await first.close();

    const page = await app.newPage();
    const signIn = await new SignInPage(page).open();
    await signIn.signIn(email, 'not the password');
    await expect.poll(() => signIn.alert().innerText()).toContain("don't match");

    await signIn.signUp(freshEmail(), 'short');
    await expect.poll(() => signIn.fieldError('password').innerText()).toBe('Use at least 10 characters.');
  });
});
