import { expect, it } from 'vitest';
import { useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

browserSuite('the installable app', () => {
  const app = useTestApp();

  it('serves a manifest and registers a service worker that never caches the API', async () => {
    const { page } = await signedInPage(app, { serviceWorkers: true });
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { name: string; display: string; icons: { purpose: string }[] };
    expect(manifest.name).toBe('Lactea');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.purpose).sort()).toEqual(['any', 'maskable']);

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
    const sw = await (await page.request.get('/sw.js')).text();
    expect(sw).toContain('index.html');
    expect(sw).not.toMatch(/"url":"\/api/);

    const headers = (await page.request.get('/')).headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
  });
});
