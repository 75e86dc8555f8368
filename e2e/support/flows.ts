import type { Page } from 'playwright-core';
import { HomePage } from '../pages/home-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { freshEmail, PASSWORD, type PageOptions, type TestApp } from './app.js';

/** Leaves the guided start a new account lands on, for good. */
export async function skipGuide(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip setup' }).click();
  await page.waitForURL((u) => u.pathname === '/');
}

/** A new page signed in as a brand-new user, on the home screen. */
export async function signedInPage(app: TestApp, options?: PageOptions): Promise<{ page: Page; email: string; home: HomePage }> {
  const page = await app.newPage(options);
  const email = freshEmail();
  await new SignInPage(page).open();
  await new SignInPage(page).signUp(email, PASSWORD);
  // A new account starts with the guided start (e2e/first-run.test.ts); most tests skip it.
  await skipGuide(page);
  const home = new HomePage(page);
  await home.waitUntilReady();
  return { page, email, home };
}

/** A write through the page's own session (its cookie), which must succeed; the created record's id. */
export async function apiWrite(page: Page, method: 'POST' | 'PUT', path: string, data: unknown): Promise<{ id: string }> {
  const res = await page.request.fetch(path, { method, data });
  if (res.status() >= 300) throw new Error(`${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as { id: string };
}
