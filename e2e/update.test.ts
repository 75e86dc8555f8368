/**
 * A new version of the app: the service worker finds it, the app offers "Update" (never in the
 * middle of a massage routine), and one tap moves to it. The test serves its own copy of the build
 * and publishes the "next version" by changing the service worker's script, as a new build does.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { MassagePage, PlayerPage } from './pages/massage-page.js';
import { useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { installedPage } from './support/offline.js';
import { WEB_ROOT } from './support/web-build.js';

browserSuite('a new version of the app', () => {
  const root = mkdtempSync(join(tmpdir(), 'lactea-web-'));
  const app = useTestApp({
    webRoot: () => {
      cpSync(WEB_ROOT, root, { recursive: true });
      return root;
    },
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is offered with "Update" once a routine is over, not during it, and one tap moves to it', async () => {
    const { page } = await installedPage(app);
    const offer = page.getByRole('status').filter({ hasText: 'A new version of Lactea is ready.' });

    // In the full-screen player when the next version comes out.
    await new MassagePage(page).markGateRead();
    const player = await new PlayerPage(page).open('hand-expression');
    rmSync(join(root, 'sw.js.br'), { force: true });
    rmSync(join(root, 'sw.js.gz'), { force: true });
    appendFileSync(join(root, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    await page.waitForTimeout(500);
    expect(await offer.count()).toBe(0);

    // Back from the routine, the offer is there.
    await player.button('Exit').click();
    await offer.waitFor();
    expect(await offer.getByRole('button', { name: 'Update' }).isVisible()).toBe(true);

    // One tap: the waiting version takes over and the page reloads into it.
    await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Update' }).click()]);
    await page.waitForFunction(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return r !== undefined && r.waiting === null && r.active !== null && navigator.serviceWorker.controller !== null;
    });
    // She is where she was (the routine's page), on the new version, with nothing more to do.
    expect(new URL(page.url()).pathname).toBe('/massage/hand-expression');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await offer.count()).toBe(0);
  });
});
