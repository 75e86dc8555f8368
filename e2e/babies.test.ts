import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BabiesPage } from './pages/babies-page.js';
import { Shell } from './pages/shell.js';
import { useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

browserSuite('babies', () => {
  const app = useTestApp();

  it('adds twins, renames one, and offers a baby picker on home', async () => {
    const { page, home } = await signedInPage(app);
    expect(await page.getByRole('group', { name: 'Baby' }).count()).toBe(0);

    const babies = await new BabiesPage(page).open();
    await babies.add('Ana', '2026-01-02');
    await babies.add('Leo');
    await babies.rename('Leo', 'León');
    expect(await babies.names()).toEqual(['Ana', 'León']);
    await page.getByText('Born January 2, 2026').waitFor();

    await new Shell(page).go('Home');
    const picker = page.getByRole('group', { name: 'Baby' });
    await picker.waitFor();
    await picker.locator('label', { hasText: 'León' }).click();
    const started = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await home.nurse('left');
    const body = (await (await started).json()) as { babyId: string };
    const list = (await (await page.request.get(`/api/households/${await householdId(page)}/babies`)).json()) as { babies: { id: string; name: string }[] };
    expect(list.babies.find((b) => b.id === body.babyId)?.name).toBe('León');
    await page.getByRole('heading', { name: 'Nursing León' }).waitFor();
  });

  it('asks for a name', async () => {
    const { page } = await signedInPage(app);
    await new BabiesPage(page).open();
    await page.getByRole('button', { name: 'Add baby' }).click();
    expect(await page.locator('#baby-name-error').innerText()).toBe('Please fill this in.');
  });
});

async function householdId(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as { households: { id: string }[] };
  return me.households[0]?.id ?? '';
}
