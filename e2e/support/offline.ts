import type { Page } from 'playwright-core';
import { HomePage } from '../pages/home-page.js';
import type { PageOptions, TestApp } from './app.js';
import { signedInPage } from './flows.js';

/**
 * A signed-in page whose service worker has installed and now controls it (one reload after the
 * first visit, as for a real user), so the whole app is on the device and opens offline.
 */
export async function installedPage(app: TestApp, options: PageOptions = {}): Promise<{ page: Page; email: string; home: HomePage }> {
  const { page, email } = await signedInPage(app, { ...options, serviceWorkers: true });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const home = new HomePage(page);
  await home.waitUntilReady();
  return { page, email, home };
}

/** Household id of the signed-in person (read through the page, so with her cookie). */
export async function householdOf(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as { households: { id: string }[] };
  return me.households[0]?.id ?? '';
}
