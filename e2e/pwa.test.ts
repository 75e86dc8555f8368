import { expect, it } from 'vitest';
import { useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

browserSuite('the installable app', () => {
  const app = useTestApp();

  it('serves a manifest and registers a service worker that never caches the API', async () => {
    const { page } = await signedInPage(app, { serviceWorkers: true });
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { name: string; display: string; icons: { src: string; purpose: string; sizes: string }[] };
    expect(manifest.name).toBe('Lactea');
    expect(manifest.display).toBe('standalone');
    // Plain and maskable icons, and PNGs at the sizes launchers need; every one of them is served.
    expect(new Set(manifest.icons.map((i) => i.purpose))).toEqual(new Set(['any', 'maskable']));
    expect(manifest.icons.filter((i) => i.sizes === '512x512').map((i) => i.purpose).sort()).toEqual(['any', 'maskable']);
    expect(manifest.icons.some((i) => i.sizes === '192x192')).toBe(true);
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);
    expect((await page.request.get('/apple-touch-icon.png')).headers()['content-type']).toBe('image/png');

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
    const sw = await (await page.request.get('/sw.js')).text();
    expect(sw).toContain('index.html');
    expect(sw).not.toMatch(/"url":"\/api/);

    const headers = (await page.request.get('/')).headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
  });
});
