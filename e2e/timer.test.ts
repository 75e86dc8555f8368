import { expect, it } from 'vitest';
import { HomePage } from './pages/home-page.js';
import { useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

browserSuite('the nursing timer', () => {
  const app = useTestApp();

  it('starts with one tap, switches side, survives a reload, and stops', async () => {
    const { page, home } = await signedInPage(app);

    const started = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await home.nurse('left');
    expect((await started).status()).toBe(201);
    await home.timer().waitFor();
    expect(await home.currentSide()).toBe('left');

    await expect.poll(() => home.sideSeconds('left'), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const switched = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await home.timerButton('Switch side');
    expect((await switched).status()).toBe(200);
    expect(await home.currentSide()).toBe('right');
    await expect.poll(() => home.sideSeconds('right'), { timeout: 5000 }).toBeGreaterThanOrEqual(1);

    await page.reload();
    const reloaded = new HomePage(page);
    await reloaded.timer().waitFor();
    expect(await reloaded.currentSide()).toBe('right');
    expect(await reloaded.sideSeconds('left')).toBeGreaterThanOrEqual(2);
    const right = await reloaded.sideSeconds('right');
    expect(right).toBeGreaterThanOrEqual(1);
    // Still running after the reload: the right side keeps counting.
    await expect.poll(() => reloaded.sideSeconds('right'), { timeout: 5000 }).toBeGreaterThan(right);

    const stopped = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await reloaded.timerButton('Stop');
    const body = (await (await stopped).json()) as { endedAt: string | null; segments: unknown[] };
    expect(body.endedAt).not.toBeNull();
    expect(body.segments).toHaveLength(2);
    await reloaded.timer().waitFor({ state: 'detached' });
    expect(await reloaded.total('feeds')).toBe('1');
    // What happened, not a suggestion: started on the left, finished on the right (marked "last").
    expect(await reloaded.lastNursing().innerText()).toMatch(/^Last nursing: started on the left, finished on the right, (just now|1 min ago)\.$/);
    expect(await page.getByRole('button', { name: 'Nurse right' }).innerText()).toContain('last');
    expect(await page.getByRole('button', { name: 'Nurse left' }).innerText()).not.toContain('last');
  });

  it('stays stopped when a read of the day that left before the stop comes back after it', async () => {
    const { page, home } = await signedInPage(app);
    const isSave = (r: { request: () => { method: () => string }; url: () => string }): boolean => r.request().method() === 'PUT' && r.url().includes('/sessions/');
    const started = page.waitForResponse(isSave);
    await home.nurse('left');
    expect((await started).status()).toBe(201);

    // A read of the day reaches the server while the timer runs; its answer is held until after the stop.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let fetched!: () => void;
    const readTaken = new Promise<void>((resolve) => (fetched = resolve));
    await page.route('**/api/households/*/sessions?*', async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const answer = await route.fetch();
      fetched();
      await held;
      await route.fulfill({ response: answer });
    });
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await readTaken;

    const stopped = page.waitForResponse(isSave);
    await home.timerButton('Stop');
    expect((await stopped).status()).toBe(200);
    await home.timer().waitFor({ state: 'detached' });

    const lateRead = page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('/sessions?'));
    release();
    await lateRead;
    await page.unroute('**/api/households/*/sessions?*');
    // Give the page time to take the late answer in: the timer must not come back.
    await page.waitForTimeout(500);
    expect(await home.timer().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Nurse left' }).innerText()).toContain('last');
  });

  it('pauses and resumes', async () => {
    const { home } = await signedInPage(app);
    await home.nurse('right');
    await home.timer().waitFor();
    await home.timerButton('Pause');
    await home.timer().getByText('Paused').waitFor();
    const paused = await home.sideSeconds('right');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await home.sideSeconds('right')).toBe(paused);
    await home.timerButton('Resume');
    await expect.poll(() => home.sideSeconds('right'), { timeout: 5000 }).toBeGreaterThan(paused);
  });

  it('keeps a side switch made offline and saves it when the network returns', async () => {
    const { page, home } = await signedInPage(app);
    const started = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await home.nurse('left');
    await started;

    await page.context().setOffline(true);
    await home.timerButton('Switch side');
    expect(await home.currentSide()).toBe('right');
    await page.getByTestId('sync-status').getByText('Offline — 1 change waiting').waitFor();

    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await page.context().setOffline(false);
    expect((await saved).status()).toBe(200);

    await page.reload();
    const reloaded = new HomePage(page);
    await reloaded.timer().waitFor();
    expect(await reloaded.currentSide()).toBe('right');
  });
});
