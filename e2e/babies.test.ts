import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BabiesPage } from './pages/babies-page.js';
import { Shell } from './pages/shell.js';
import { useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

browserSuite('babies', () => {
  const app = useTestApp();

  it('adds twins, renames one, changes a birth date, and offers a baby picker on home', async () => {
    const { page, home } = await signedInPage(app);
    expect(await page.getByRole('group', { name: 'Baby' }).count()).toBe(0);

    const babies = await new BabiesPage(page).open();
    await babies.add('Ana', '2026-01-02');
    await babies.add('Leo');
    await babies.edit('Leo', { name: 'León' });
    expect(await babies.names()).toEqual(['Ana', 'León']);
    await page.getByText('Born January 2, 2026').waitFor();
    await babies.edit('Ana', { birthDate: '2026-01-03' });
    await page.getByText('Born January 3, 2026').waitFor();
    // Back to Settings, where the page is reached from.
    expect(await page.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe('/settings');

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
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByTestId('timer').waitFor({ state: 'detached' });

    // Archived: no longer offered, his feed stays in the log under his name; then back again.
    await babies.open();
    await babies.archive('León');
    await new Shell(page).go('Home');
    await page.getByRole('button', { name: 'Nurse left' }).waitFor();
    expect(await page.getByRole('group', { name: 'Baby' }).count()).toBe(0);
    const sessions = (await (await page.request.get(`/api/households/${await householdId(page)}/sessions`)).json()) as { sessions: { babyId: string }[] };
    expect(sessions.sessions.map((x) => x.babyId)).toEqual([body.babyId]);
    await babies.open();
    await babies.restore('León');
    expect(await babies.names()).toEqual(['Ana', 'León']);
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
