/**
 * Offline first (issue 7): with the service worker installed, the app opens with no network and
 * keeps every write in its IndexedDB outbox until the server acknowledges it; nothing is lost or
 * doubled, and a write someone else overtook is shown side by side for her to choose.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { EntryPage } from './pages/entry-page.js';
import { HomePage } from './pages/home-page.js';
import { InsightsPage } from './pages/insights-page.js';
import { LogPage } from './pages/log-page.js';
import { MassagePage, PlayerPage } from './pages/massage-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { PASSWORD, screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';
import { householdOf, installedPage } from './support/offline.js';

interface Stored {
  id: string;
  volumeMl: number | null;
  version: number;
}

async function stored(page: Page, hid: string): Promise<Stored[]> {
  const res = await page.request.get(`/api/households/${hid}/sessions?limit=100`);
  return ((await res.json()) as { sessions: Stored[] }).sessions;
}

async function logBottle(page: Page, ml: string): Promise<void> {
  const home = new HomePage(page);
  await home.logBottle();
  const form = new EntryPage(page);
  await form.fillBottle(ml);
  await form.save();
  await home.waitUntilReady();
}

const status = (page: Page) => page.getByTestId('sync-status');

/** Every queued write acknowledged (the outbox is empty). */
const allSent = (page: Page) => page.locator('[data-testid="sync-status"][data-pending="0"]').waitFor({ state: 'attached', timeout: 20_000 });

/** Axe, tap targets and width at 360 px, with a screenshot to look at. */
async function check(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `offline-${name}.png`), fullPage: true });
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${name}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${name}`).toBeLessThanOrEqual(0);
}

browserSuite('offline first', () => {
  const app = useTestApp();

  it('keeps five sessions and an edit made offline through two reloads, then sends each once', async () => {
    const { page } = await installedPage(app, { colorScheme: 'dark', bypassCSP: true });
    const hid = await householdOf(page);
    let emptying = 0;
    page.on('request', (r) => {
      if (r.url().includes('/insights/emptying')) emptying += 1;
    });
    await page.context().setOffline(true);
    await logBottle(page, '50');
    // Home's "since you last fed or pumped" stops asking the server once it found no network, not at
    // every change (what home was still loading as the network went may have asked before that).
    const offlineAsked = emptying;
    for (const ml of ['60', '70', '80', '90']) await logBottle(page, ml);
    await status(page).getByText('Offline — 5 changes waiting').waitFor();
    expect(emptying).toBe(offlineAsked);
    await check(page, 'home-waiting-dark');

    // Edit the 70 mL bottle (third newest: 90, 80, 70 …) while still offline.
    const log = await new LogPage(page).open();
    await expect.poll(() => log.entries().count()).toBe(5);
    // Each entry waiting for the network says so, one by one.
    expect(await page.locator('a.entry[data-waiting="true"] .waiting-tag').allInnerTexts()).toEqual(Array(5).fill('Not sent yet'));
    // On its own line, under what was logged, not run into it.
    const tag = await page.locator('a.entry[data-waiting="true"] .waiting-tag').first().boundingBox();
    const summary = await page.locator('a.entry[data-waiting="true"] .summary').first().boundingBox();
    expect(tag && summary && tag.y >= summary.y + summary.height).toBe(true);
    await check(page, 'log-waiting-dark');
    await log.openEntry(2);
    await page.getByLabel('Volume (mL)').fill('75');
    await new EntryPage(page).save();
    await page.getByText("Saved on this phone; it goes out when you're back online.").waitFor();
    await status(page).getByText('Offline — 6 changes waiting').waitFor();

    // The browser reloads the tab twice with no network: the app, the account and the queue are all still here.
    await page.goto('/');
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await new HomePage(page).waitUntilReady();
      await status(page).getByText('Offline — 6 changes waiting').waitFor();
    }
    expect(await new HomePage(page).total('bottle')).toContain('355');

    const before = emptying;
    await page.context().setOffline(false);
    await allSent(page);
    // Back online, the card asks again.
    await expect.poll(() => emptying).toBeGreaterThan(before);
    await new LogPage(page).open();
    await expect.poll(() => page.locator('a.entry[data-waiting="true"]').count()).toBe(0);
    const sessions = await stored(page, hid);
    expect(sessions.map((s) => s.volumeMl).sort()).toEqual([50, 60, 75, 80, 90]);
    expect(new Set(sessions.map((s) => s.id)).size).toBe(5);
    expect(sessions.find((s) => s.volumeMl === 75)?.version).toBe(2);
  });

  it('does not double a save whose answer was lost after the server committed it', async () => {
    const { page } = await installedPage(app);
    const hid = await householdOf(page);
    let cut = 0;
    // The first PUT of each record reaches the server, then the connection drops before the answer.
    const seen = new Set<string>();
    await page.route('**/api/households/*/sessions/*', async (route) => {
      const req = route.request();
      const key = `${req.url()} ${(req.postDataJSON() as { version?: number } | null)?.version ?? 'new'}`;
      if (req.method() !== 'PUT' || seen.has(key)) return route.continue();
      seen.add(key);
      const answer = await route.fetch();
      expect(answer.ok()).toBe(true);
      cut += 1;
      await route.abort('internetdisconnected');
    });
    await logBottle(page, '55');
    await expect.poll(async () => (await stored(page, hid)).length).toBe(1);
    await allSent(page);

    // An edit, cut the same way: the retry carries the old version and must not become a conflict.
    const log = await new LogPage(page).open();
    await log.openEntry(0);
    await page.getByLabel('Volume (mL)').fill('65');
    await new EntryPage(page).save();
    await allSent(page);
    expect(cut).toBe(2);
    const sessions = await stored(page, hid);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ volumeMl: 65, version: 2 });
    expect(await page.getByText('needs your choice').count()).toBe(0);
  });

  it('shows both versions when another device changed a session edited offline, and both choices work', async () => {
    const { page: phone, email } = await installedPage(app, { bypassCSP: true });
    const hid = await householdOf(phone);
    const other = await app.newPage();
    await new SignInPage(other).open();
    await new SignInPage(other).signIn(email, PASSWORD);
    await new HomePage(other).waitUntilReady();

    const editOn = async (page: Page, ml: string): Promise<void> => {
      const log = await new LogPage(page).open();
      await log.openEntry(0);
      await page.getByLabel('Volume (mL)').fill(ml);
      await new EntryPage(page).save();
    };

    for (const choice of ['Keep the other', 'Keep mine'] as const) {
      await new HomePage(phone).open();
      const before = new Set((await stored(phone, hid)).map((x) => x.id));
      await logBottle(phone, '60');
      // Bottles logged in the same minute tie on start time: follow this one by id.
      const bottle = async (): Promise<Stored | undefined> => (await stored(phone, hid)).find((x) => !before.has(x.id));
      await allSent(phone);
      await phone.context().setOffline(true);
      await editOn(phone, '65');
      await status(phone).getByText('Offline — 1 change waiting').waitFor();
      await editOn(other, '75');
      await other.getByText('Saved', { exact: true }).waitFor();

      await phone.context().setOffline(false);
      await status(phone).getByText('1 change needs your choice').waitFor({ timeout: 20_000 });
      await status(phone).getByRole('link', { name: 'Review' }).click();
      const card = phone.getByTestId('conflict');
      const sides = card.locator('.conflict-side');
      expect(await sides.nth(0).innerText()).toContain('65 mL');
      expect(await sides.nth(1).innerText()).toContain('75 mL');
      if (choice === 'Keep the other') await check(phone, 'conflict-light');
      await card.getByRole('button', { name: choice }).click();
      await phone.getByText('Nothing to review: every change is saved.').waitFor();
      await expect.poll(async () => (await bottle())?.volumeMl, { timeout: 15_000 }).toBe(choice === 'Keep mine' ? 65 : 75);
      expect(await status(phone).getByText('needs your choice').count()).toBe(0);
      // The other device sees the outcome within a few seconds (the changes poll).
      const otherLog = await new LogPage(other).open();
      await expect.poll(async () => (await otherLog.summaries())[0], { timeout: 15_000 }).toContain(choice === 'Keep mine' ? '65 mL' : '75 mL');
      // Out of the way, so the next round's bottle is the only one (bottles of one minute tie on start time).
      expect((await phone.request.delete(`/api/households/${hid}/sessions/${(await bottle())?.id ?? ''}`)).status()).toBe(204);
    }
  });

  it('opens with no network after the first visit, and plays a routine offline', async () => {
    const { page } = await installedPage(app);
    await logBottle(page, '40');
    await allSent(page);
    await new MassagePage(page).markGateRead();
    await page.context().setOffline(true);
    await page.goto('/');
    const home = new HomePage(page);
    await home.waitUntilReady();
    expect(await home.total('bottle')).toContain('40');
    await status(page).getByText('Offline', { exact: false }).waitFor();

    const player = await new PlayerPage(page).open('hand-expression', 60);
    await player.button('Start').click();
    const first = await player.stepText();
    await expect.poll(() => player.stepText(), { timeout: 10_000 }).not.toBe(first);
    await player.finishTitle().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Save to log' }).click();
    await status(page).getByText('Offline — 1 change waiting').waitFor();

    // Signing out would delete what is not sent yet: it asks first.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText("1 change on this phone hasn't been saved to the server yet.", { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await status(page).getByText('Offline — 1 change waiting').waitFor();
  });

  it('forgets answers kept on the phone for more than a month', async () => {
    const { page } = await signedInPage(app);
    const me = (await (await page.request.get('/api/me')).json()) as { user: { id: string } };
    const key = (path: string): string => `${me.user.id}:get:${path}`;
    await page.evaluate(
      async ({ old, fresh }) => {
        const db: IDBDatabase = await new Promise((res, rej) => {
          const r = indexedDB.open('lactea');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        const tx = db.transaction('cache', 'readwrite');
        tx.objectStore('cache').put({ key: old, value: { days: 1 }, at: Date.now() - 40 * 86_400_000 });
        tx.objectStore('cache').put({ key: fresh, value: { days: 2 }, at: Date.now() - 86_400_000 });
        await new Promise((res) => (tx.oncomplete = res));
        db.close();
      },
      { old: key('/api/old'), fresh: key('/api/fresh') },
    );
    await page.reload();
    await new HomePage(page).waitUntilReady();
    const keys = async (): Promise<string[]> =>
      page.evaluate(async () => {
        const db: IDBDatabase = await new Promise((res) => {
          const r = indexedDB.open('lactea');
          r.onsuccess = () => res(r.result);
        });
        const all: string[] = await new Promise((res) => {
          const r = db.transaction('cache').objectStore('cache').getAllKeys();
          r.onsuccess = () => res(r.result as string[]);
        });
        db.close();
        return all;
      });
    await expect.poll(async () => (await keys()).includes(key('/api/old'))).toBe(false);
    expect(await keys()).toContain(key('/api/fresh'));
  });

  it('sees a partner device’s new entry within a few seconds', async () => {
    const { page: phone, email } = await installedPage(app);
    const other = await app.newPage();
    await new SignInPage(other).open();
    await new SignInPage(other).signIn(email, PASSWORD);
    await new HomePage(other).waitUntilReady();
    await logBottle(other, '95');
    await expect.poll(() => new HomePage(phone).total('bottle'), { timeout: 15_000 }).toContain('95');
  });

  it('takes a creamatocrit measurement offline, shows its fat at once, keeps it over a reload and sends it when back', async () => {
    const { page } = await installedPage(app);
    const hid = await householdOf(page);
    await new InsightsPage(page).open('/insights/milk');
    await page.getByTestId('milk-none').waitFor();
    await page.context().setOffline(true);
    await page.getByLabel('Creamatocrit (%)').fill('5');
    await page.locator('.segmented label', { hasText: 'Hindmilk' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const entry = page.getByTestId('milk-entry');
    await entry.waitFor();
    // Worked out on the phone by the same equations the server uses.
    expect(await entry.getByTestId('milk-fat').innerText()).toBe('27.8 g/L');
    expect(await entry.getByTestId('milk-energy').innerText()).toBe('624.5 kcal/L');
    await status(page).getByText('Offline', { exact: false }).waitFor();

    await page.reload();
    await page.getByTestId('milk-entry').waitFor();
    expect(await page.getByTestId('milk-entry').count()).toBe(1);

    await page.context().setOffline(false);
    await allSent(page);
    const stored = (await (await page.request.get(`/api/households/${hid}/creamatocrit`)).json()) as { entries: { cmctPercent: number; sample: string }[] };
    expect(stored.entries).toEqual([expect.objectContaining({ cmctPercent: 5, sample: 'hind' })]);
    expect(await page.getByTestId('milk-entry').count()).toBe(1);
  });
});
