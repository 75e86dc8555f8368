import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EntryPage } from './pages/entry-page.js';
import { HomePage } from './pages/home-page.js';
import { LogPage } from './pages/log-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { Shell } from './pages/shell.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

browserSuite('logging pumps and bottles', () => {
  const app = useTestApp();

  it('logs a pump in US fl oz and shows today in fl oz', async () => {
    const { page } = await signedInPage(app);
    await (await new SettingsPage(page).open()).choose('US fl oz');
    await new Shell(page).go('Home');

    const home = new HomePage(page);
    await home.logPump();
    const form = new EntryPage(page);
    await page.getByRole('heading', { name: 'Log a pump' }).waitFor();
    expect(await page.getByLabel('Left (fl oz)', { exact: true }).getAttribute('inputmode')).toBe('decimal');
    await form.fillPump('2', '1.5');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await form.save();
    const body = (await (await saved).json()) as { leftMl: number; rightMl: number };
    // Stored in mL.
    expect(body.leftMl).toBeCloseTo(59.1, 1);
    expect(body.rightMl).toBeCloseTo(44.4, 1);

    await home.waitUntilReady();
    expect(await home.total('pumped')).toBe('3.5 fl oz L 2 fl oz · R 1.5 fl oz');
  });

  it('edits a bottle, then deletes it', async () => {
    const { page, home } = await signedInPage(app);
    await home.logBottle();
    const form = new EntryPage(page);
    await form.fillBottle('90', 'Formula');
    await form.save();
    await home.waitUntilReady();
    expect(await home.total('bottle')).toBe('90 mL');

    const log = await new LogPage(page).open();
    expect(await log.summaries()).toEqual([expect.stringContaining('90 mL · Formula')]);
    await log.openEntry(0);
    await page.getByLabel('Volume (mL)').fill('120');
    await form.setNotes('Sleepy feed');
    await form.save();
    await page.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    await expect.poll(() => log.summaries()).toEqual([expect.stringContaining('120 mL · Formula')]);

    await log.openEntry(0);
    expect(await page.getByLabel('Notes').inputValue()).toBe('Sleepy feed');
    await form.delete();
    await page.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    await page.getByText('Nothing logged yet.', { exact: false }).waitFor();
    expect(await log.entries().count()).toBe(0);
  });

  it('shows both versions when an edit is stale, and keeps hers when she says so', async () => {
    const { page, home } = await signedInPage(app);
    await home.logBottle();
    const form = new EntryPage(page);
    await form.fillBottle('60');
    await form.save();
    await home.waitUntilReady();

    const log = await new LogPage(page).open();
    await log.openEntry(0);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';

    // Her partner changes the same bottle on another phone meanwhile.
    const me = (await (await page.request.get('/api/me')).json()) as { households: { id: string }[] };
    const hid = me.households[0]?.id ?? '';
    const current = (await (await page.request.get(`/api/households/${hid}/sessions/${id}`)).json()) as Record<string, unknown>;
    const { id: _id, householdId: _h, createdAt: _c, updatedAt: _u, createdBy: _b, deletedAt: _d, ...input } = current;
    const other = await page.request.put(`/api/households/${hid}/sessions/${id}`, { data: { ...input, volumeMl: 75 } });
    expect(other.status()).toBe(200);

    await page.getByLabel('Volume (mL)').fill('65');
    await form.save();
    // Neither version is dropped: both side by side, and she chooses.
    await page.waitForURL('**/conflicts');
    const card = page.getByTestId('conflict');
    await card.getByText('This entry was changed on another device', { exact: false }).waitFor();
    const sides = card.locator('.conflict-side');
    expect(await sides.nth(0).innerText()).toContain('65 mL');
    expect(await sides.nth(1).innerText()).toContain('75 mL');
    const kept = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(id));
    await card.getByRole('button', { name: 'Keep mine' }).click();
    expect((await kept).status()).toBe(200);
    const after = (await (await page.request.get(`/api/households/${hid}/sessions/${id}`)).json()) as { volumeMl: number; version: number };
    expect(after).toMatchObject({ volumeMl: 65, version: 3 });
    await page.getByText('Nothing to review: every change is saved.').waitFor();
  });

  it('checks the form before saving', async () => {
    const { page, home } = await signedInPage(app);
    await home.logPump();
    const form = new EntryPage(page);
    await form.fillPump('', '');
    await form.save();
    await page.getByText('Enter a volume for at least one side.').waitFor();
    await form.fillPump('abc', '');
    await form.save();
    await page.getByText('Enter a number, like 60 or 2.5.').waitFor();
    await form.fillPump('-30', '');
    await form.save();
    await page.getByText("This can't be less than 0.").waitFor();
    // Notes over the limit are refused with the limit, not cut: all she typed is still there.
    await form.fillPump('60', '');
    const long = 'n'.repeat(2005);
    await page.getByText('More details').click();
    await page.getByLabel('Notes').fill(long);
    await form.save();
    await page.getByText('This can be up to 2,000 characters long. Shorten it, please.').waitFor();
    expect(await page.getByLabel('Notes').inputValue()).toHaveLength(2005);
    expect(await page.getByText('2,005 of 2,000 characters').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/pump');
  });

  it('asks "is this right?" once, in words and in both units, before saving a 3 mL bottle or a 900 mL side', async () => {
    const { page, home } = await signedInPage(app, { bypassCSP: true });
    await home.logBottle();
    const form = new EntryPage(page);
    await form.fillBottle('3');
    let puts = 0;
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/sessions/')) puts += 1;
    });
    await form.save();
    const ask = page.getByTestId('confirm-doubts');
    await ask.waitFor();
    expect(await ask.innerText()).toContain('A bottle of only 3 mL (0.1 fl oz). If you meant 3 fl oz, that is 89 mL.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'log-doubt-bottle-light.png'), fullPage: true });
    expect(puts).toBe(0);
    // "No": back to the field, nothing saved; she types what she meant and it saves without a question.
    await ask.getByRole('button', { name: 'No, let me change it' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('volume');
    await form.fillBottle('89');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await form.save();
    expect(((await (await saved).json()) as { volumeMl: number }).volumeMl).toBe(89);
    await home.waitUntilReady();

    await home.logPump();
    await form.fillPump('900', '40');
    await form.save();
    await ask.waitFor();
    expect(await ask.innerText()).toContain('900 mL (30.4 fl oz) from the left side in one session.');
    const pumped = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await ask.getByRole('button', { name: 'Yes, save it' }).click();
    expect(((await (await pumped).json()) as { leftMl: number }).leftMl).toBe(900);
  });
});
