import type { Page } from 'playwright-core';
import { HomePage } from '../pages/home-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { freshEmail, PASSWORD, type PageOptions, type TestApp } from './app.js';

/** A new page signed in as a brand-new user, on the home screen. */
export async function signedInPage(app: TestApp, options?: PageOptions): Promise<{ page: Page; email: string; home: HomePage }> {
  const page = await app.newPage(options);
  const email = freshEmail();
  await new SignInPage(page).open();
  await new SignInPage(page).signUp(email, PASSWORD);
  const home = new HomePage(page);
  await home.waitUntilReady();
  return { page, email, home };
}
