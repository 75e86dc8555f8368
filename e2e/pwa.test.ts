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

  it('matches the page: the same colours (dark too, where the platform reads it), and shortcuts that work', async () => {
    const { page } = await signedInPage(app, { colorScheme: 'dark' });
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
      theme_color: string;
      background_color: string;
      user_preferences: { color_scheme_dark: { theme_color: string; background_color: string } };
      shortcuts: { name: string; url: string }[];
    };
    const bodyColor = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const hex = (rgb: string): string => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    expect(manifest.user_preferences.color_scheme_dark.background_color).toBe(hex(await bodyColor()));
    expect(manifest.user_preferences.color_scheme_dark.theme_color).toBe(hex(await bodyColor()));
    expect(await page.evaluate(() => document.querySelector('meta[name="theme-color"][media*="dark"]')?.getAttribute('content'))).toBe(hex(await bodyColor()));
    expect(manifest.shortcuts.map((s) => s.name)).toEqual(['Nurse left', 'Log a pump']);
    // "Nurse left" from the icon starts nursing on the left, once (the address forgets it).
    const started = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await page.goto(manifest.shortcuts[0]?.url ?? '');
    const body = (await (await started).json()) as { kind: string; segments: { side: string }[] };
    expect(body).toMatchObject({ kind: 'nurse', segments: [{ side: 'left' }] });
    await page.getByTestId('timer').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.goto(manifest.shortcuts[1]?.url ?? '');
    await page.getByRole('heading', { name: 'Log a pump' }).waitFor();
    // The running timer follows her to the pump form, in a slim bar; one tap goes back to it.
    const bar = page.getByTestId('timer-bar');
    expect(await bar.innerText()).toMatch(/Nursing\s+Left\s+\d+:\d\d/);
    await bar.getByRole('link').click();
    await page.getByTestId('timer').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
