/**
 * A household the phone keeps a copy of, but she no longer has: the app asks the server again,
 * opens on one she has, forgets the old copies, and says nothing false. Where she loses a shared
 * household while using it, it says so once and her own log carries on; an entry she made for the
 * lost household is kept for her to see, and blocks nothing sent after it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import en from '../web/i18n/en-screens.json' with { type: 'json' };
import es from '../web/i18n/es-screens.json' with { type: 'json' };
import enShell from '../web/i18n/en.json' with { type: 'json' };
import esShell from '../web/i18n/es.json' with { type: 'json' };
import { CheckPage } from './pages/check-page.js';
import { ClientsPage, InvitePage, SharingPage } from './pages/sharing-pages.js';
import { screenshotDir, useTestApp, type PageOptions, type TestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';
import { householdOf } from './support/offline.js';
import { HomePage } from './pages/home-page.js';

const GONE_EN = "This household isn't shared with you, or no longer is.";
const GONE_ES = 'Este hogar no está compartido contigo, o ya no lo está.';
const DESKTOP = { width: 1280, height: 900 };

type Lang = 'en' | 'es';

/** A string of the app's own dictionaries, so a test reads the screens in either language. */
function tr(lang: Lang, key: string): string {
  for (const dict of lang === 'en' ? [en, enShell] : [es, esShell]) {
    let node: unknown = dict;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === 'string') return node;
  }
  throw new Error(`no string at ${key}`);
}

/** Every notice the page shows from now on (across reloads), in order. */
async function recordNotices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // A closed app (the page on about:blank) has no storage to record into.
    if (location.protocol === 'about:') return;
    const seen: string[] = JSON.parse(sessionStorage.getItem('notices') ?? '[]') as string[];
    const note = (): void => {
      const text = document.querySelector('[role="status"].notice p')?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) {
        seen.push(text);
        sessionStorage.setItem('notices', JSON.stringify(seen));
      }
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const notices = (page: Page): Promise<string[]> => page.evaluate(() => JSON.parse(sessionStorage.getItem('notices') ?? '[]') as string[]);

/** The keys of what the phone keeps from the server (IndexedDB `lactea`, store `cache`), and the kept account's households. */
function keptCopies(page: Page): Promise<{ keys: string[]; accountHouseholds: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('lactea');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('cache').objectStore('cache');
          const keys = store.getAllKeys();
          const account = store.get('account');
          keys.onsuccess = () =>
            (account.onsuccess = () => {
              const value = (account.result as { value?: { account?: { households?: { id: string }[] } } } | undefined)?.value;
              resolve({ keys: keys.result.map(String), accountHouseholds: (value?.account?.households ?? []).map((h) => h.id) });
            });
        };
      }),
  );
}

/** The whole page on a phone; the window on a laptop, or where a notice floats over it (as she sees it). */
async function shot(page: Page, name: string, fullPage = (page.viewportSize()?.width ?? 0) < 1024): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `stale-household-${name}.png`), fullPage });
}

/**
 * An owner and a partner who has taken her caregiver invite and uses the shared household (`hid`);
 * `own` is the partner's own household.
 */
async function partnerInShared(app: TestApp, options?: PageOptions) {
  const { page: owner } = await signedInPage(app);
  const hid = await householdOf(owner);
  const { page: partner, email: partnerEmail, home } = await signedInPage(app, options);
  const own = await householdOf(partner);
  const link = await new SharingPage(owner).open().then((p) => p.invite('Invite a caregiver'));
  await new InvitePage(partner).open(link).then((p) => p.accept());
  await partner.waitForURL((u) => u.pathname === '/');
  await home.waitUntilReady();
  await expect.poll(() => partner.evaluate(() => localStorage.getItem('lactea.household'))).toBe(hid);
  return { owner, hid, partner, partnerEmail, home, own };
}

/** The main navigation's places, by address (the same in any language). */
const navPlaces = (page: Page): Promise<string[]> =>
  page.locator('nav.bottom-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

browserSuite('a household she no longer has', () => {
  const app = useTestApp();

  it('opens a new consultant on her client, not on the empty household her invite removed, with no false notice', async () => {
    const { page: owner, email: ownerEmail } = await signedInPage(app);
    const hid = await householdOf(owner);
    // She signed up on this phone: the app keeps her own (empty) household as the one in use.
    const { page: lc } = await signedInPage(app);
    const own = await householdOf(lc);
    await recordNotices(lc);
    await lc.reload();
    await lc.getByRole('button', { name: 'Nurse left' }).waitFor();
    expect((await keptCopies(lc)).accountHouseholds).toEqual([own]);

    // She takes a consultant invite elsewhere (here through the API, with her sign-in): her empty household goes.
    const token = ((await (await owner.request.post(`/api/households/${hid}/shares`, { data: { role: 'consultant', accessExpiresAt: null } })).json()) as { token: string }).token;
    expect((await lc.request.post(`/api/invites/${token}/accept`)).status()).toBe(200);

    const refused: string[] = [];
    lc.on('response', (r) => {
      if (r.status() === 404 && r.url().includes(`/api/households/${own}`)) refused.push(r.url());
    });
    await lc.reload();
    const clients = new ClientsPage(lc);
    await clients.waitUntilReady();
    await expect.poll(() => clients.rows().first().innerText()).toContain(ownerEmail);
    await lc.waitForLoadState('networkidle');
    expect(await notices(lc)).toEqual([]);
    // Opened again, the phone no longer holds the old household at all: nothing is asked of it.
    await expect.poll(() => keptCopies(lc)).toMatchObject({ accountHouseholds: [hid] });
    expect((await keptCopies(lc)).keys.filter((k) => k.includes(own))).toEqual([]);
    refused.length = 0;
    await lc.reload();
    await clients.waitUntilReady();
    await lc.waitForLoadState('networkidle');
    expect(refused).toEqual([]);
    expect(await notices(lc)).toEqual([]);
    await shot(lc, 'consultant-after-invite-360-light-en');

    await lc.request.put('/api/me/preferences', { data: { language: 'es' } });
    await lc.reload();
    await lc.getByRole('heading', { name: 'Clientas', level: 1 }).waitFor();
    await clients.waitUntilReady();
    await lc.waitForLoadState('networkidle');
    expect(await notices(lc)).toEqual([]);
    await shot(lc, 'consultant-after-invite-360-light-es');

    // Her only client ends the share while the app is closed: on her laptop she opens it again to
    // her workspace, as a consultant (clients, massage, settings), never a parent's log and check,
    // and is told once that the household she was reading is no longer shared with her.
    await lc.goto('about:blank');
    const me = (await (await lc.request.get('/api/me')).json()) as { user: { id: string } };
    expect((await owner.request.delete(`/api/households/${hid}/shares/${me.user.id}`)).status()).toBe(204);
    await lc.setViewportSize(DESKTOP);
    await lc.goto('/');
    await lc.getByRole('heading', { name: 'Clientas', level: 1 }).waitFor();
    await expect.poll(() => notices(lc)).toEqual([GONE_ES]);
    expect(await navPlaces(lc)).toEqual(['/clients', '/massage', '/settings']);
    await shot(lc, 'consultant-no-client-1280-light-es');
    await lc.reload();
    await lc.getByRole('heading', { name: 'Clientas', level: 1 }).waitFor();
    await lc.waitForLoadState('networkidle');
    expect(await navPlaces(lc)).toEqual(['/clients', '/massage', '/settings']);
    expect(await notices(lc)).toEqual([GONE_ES]);
    await shot(lc, 'consultant-no-client-reload-1280-light-es');
  });

  it('tells a partner once, as the app opens, that the household she was using stopped being shared while it was closed', async () => {
    const { page: owner } = await signedInPage(app);
    const hid = await householdOf(owner);
    const { page: first, email: partnerEmail, home } = await signedInPage(app);
    const share = async (): Promise<void> => {
      const link = await new SharingPage(owner).open().then((s) => s.invite('Invite a caregiver'));
      await new InvitePage(first).open(link).then((p) => p.accept());
      await first.waitForURL((u) => u.pathname === '/');
      await home.waitUntilReady();
      await expect.poll(() => first.evaluate(() => localStorage.getItem('lactea.household'))).toBe(hid);
    };
    await share();
    await first.waitForLoadState('networkidle');

    // She closes the app; the owner ends her access; she opens it again on the same phone.
    const context = first.context();
    await first.goto('about:blank');
    const sharing = await new SharingPage(owner).open();
    await sharing.revoke(partnerEmail);
    const partner = await context.newPage();
    await recordNotices(partner);
    await partner.goto('/');
    await new HomePage(partner).waitUntilReady();
    await partner.locator('.notice p', { hasText: GONE_EN }).waitFor();
    await shot(partner, 'partner-revoked-while-closed-360-light-en', false);
    await expect.poll(() => partner.evaluate(() => localStorage.getItem('lactea.household'))).toBeNull();
    await partner.waitForLoadState('networkidle');
    expect(await notices(partner)).toEqual([GONE_EN]);
    // Opened again: no second word.
    await partner.reload();
    await new HomePage(partner).waitUntilReady();
    await partner.waitForLoadState('networkidle');
    expect(await notices(partner)).toEqual([GONE_EN]);

    // Shared again, used, and ended again while the app is closed: she hears of it again, here in
    // Spanish on a dark screen.
    await partner.close();
    await share();
    await first.request.put('/api/me/preferences', { data: { language: 'es' } });
    await first.goto('about:blank');
    await sharing.open();
    await sharing.revoke(partnerEmail);
    const again = await context.newPage();
    await again.emulateMedia({ colorScheme: 'dark' });
    await recordNotices(again);
    await again.goto('/');
    await again.locator('.notice p', { hasText: GONE_ES }).waitFor();
    await shot(again, 'partner-revoked-while-closed-360-dark-es', false);
    await again.waitForLoadState('networkidle');
    expect(await notices(again)).toEqual([GONE_ES]);
  });

  it('says once that a shared household is no longer shared, returns her to her own, keeps her entry for it and sends the next', async () => {
    const { owner, partner, partnerEmail, home, own } = await partnerInShared(app);
    await recordNotices(partner);
    await partner.reload();
    await home.waitUntilReady();

    // The owner ends her access while the phone still shows the shared household.
    const sharing = await new SharingPage(owner).open();
    await sharing.revoke(partnerEmail);
    // A feed she starts for it now is refused: the household is not hers to write to any more.
    await home.nurse('left');
    await expect.poll(() => notices(partner)).toContain(GONE_EN);
    // She is back on her own household, and the refused start is kept on the phone for her to see
    // (never dropped silently), with nothing waiting behind it.
    await expect.poll(() => partner.evaluate(() => localStorage.getItem('lactea.household'))).toBeNull();
    const status = partner.getByTestId('sync-status');
    await expect.poll(() => status.getAttribute('data-held')).toBe('1');
    await expect.poll(() => status.getAttribute('data-pending')).toBe('0');
    await home.waitUntilReady();
    await partner.waitForLoadState('networkidle');
    await shot(partner, 'partner-after-unshare-360-light-en');

    // Her own log carries on: a feed logged now reaches her own household.
    await home.nurse('right');
    await home.timerButton('Stop');
    const ownSessions = async () => ((await (await partner.request.get(`/api/households/${own}/sessions`)).json()) as { sessions: { endedAt: string | null }[] }).sessions;
    await expect.poll(async () => (await ownSessions()).map((x) => x.endedAt !== null)).toEqual([true]);
    await expect.poll(() => status.getAttribute('data-pending')).toBe('0');
    // One message, not one per refused request.
    expect((await notices(partner)).filter((n) => n === GONE_EN)).toHaveLength(1);
    await partner.getByRole('link', { name: 'Review' }).click();
    await partner.getByRole('heading', { name: 'Changes to review', level: 1 }).waitFor();
    await expect.poll(() => partner.getByRole('main').innerText()).toContain(GONE_EN);
    await shot(partner, 'partner-review-360-light-en');
  });

  it('a check begun for a shared household, after she picks her own in Settings, says where it will be saved and can start again for hers', async () => {
    const { hid, partner, own } = await partnerInShared(app, { bypassCSP: true });
    const { households } = (await (await partner.request.get('/api/me')).json()) as { households: { id: string; name: string }[] };
    const nameOf = (id: string): string => households.find((h) => h.id === id)?.name ?? '';
    const [sharedName, ownName] = [nameOf(hid), nameOf(own)];

    // She begins a check in the shared household, then (without reloading) picks her own in Settings.
    const check = new CheckPage(partner);
    await partner.getByRole('link', { name: 'Check', exact: true }).click();
    await partner.locator('#check-question', { hasText: 'Is any of these happening to you now?' }).waitFor();
    await check.settled();
    await check.step().getByRole('button', { name: 'None of these', exact: true }).click();
    await partner.locator('#check-question', { hasText: 'What is this check about?' }).waitFor();
    await partner.getByRole('link', { name: 'Settings', exact: true }).click();
    await partner.getByLabel('Household', { exact: true }).selectOption(own);
    await expect.poll(() => partner.evaluate(() => localStorage.getItem('lactea.household'))).toBe(own);
    await partner.getByRole('link', { name: 'Check', exact: true }).click();

    // The wizard says where this check goes, and offers to start again for the household now in use.
    const note = partner.getByTestId('check-for-other');
    await expect.poll(() => note.innerText()).toMatch(new RegExp(`^This check was begun for ${sharedName} .*\\(Caregiver\\) and will be saved there\\.`));
    await shot(partner, 'check-for-other-household-360-light-en');
    expect(await axeViolations(partner)).toEqual([]);
    expect(await smallTargets(partner)).toEqual([]);
    await note.getByRole('button', { name: `Start again for ${ownName}`, exact: true }).click();
    await partner.locator('#check-question', { hasText: 'Is any of these happening to you now?' }).waitFor();
    expect(await note.count()).toBe(0);
  });

  // QA 19 L6: a check begun for the shared household is not filed in her own when access ends mid-way.
  for (const [theme, lang] of [
    ['light', 'en'],
    ['dark', 'es'],
  ] as const) {
    it(`a check begun for a shared household that stops being shared mid-way: she sees her result, saved in neither household (${lang}, ${theme})`, async () => {
      const { owner, hid, partner, partnerEmail, own } = await partnerInShared(app, { colorScheme: theme, bypassCSP: true });
      if (lang === 'es') await partner.request.put('/api/me/preferences', { data: { language: 'es' } });
      await recordNotices(partner);

      // She starts a check about the mother in the shared household.
      const check = new CheckPage(partner);
      const w = {
        tap: async (key: string) => {
          await check.settled();
          await check.step().getByRole('button', { name: tr(lang, key), exact: true }).first().click();
        },
        row: async (key: string, a: 'yes' | 'no') => {
          await check.settled();
          await check.step().getByRole('group', { name: tr(lang, key), exact: true }).getByRole('button', { name: tr(lang, `check.answer.${a}`), exact: true }).click();
        },
        question: (step: string) => partner.locator('#check-question', { hasText: tr(lang, `check.q.${step}.title`) }).waitFor(),
        skip: async () => {
          await check.settled();
          await partner.getByRole('button', { name: tr(lang, 'check.skip'), exact: true }).click();
        },
      };
      await partner.goto('/check');
      await w.question('emergency');
      await w.tap('check.signs.none');
      await w.question('about');
      await check.settled();
      await check.step().getByRole('button', { name: new RegExp(`^${tr(lang, 'check.about.breast')}`) }).click();
      await w.tap('check.next');
      await w.question('where');
      await w.tap('check.next');
      await w.question('breast');
      await w.row('check.breast.redness', 'yes');
      await w.row('check.breast.lump', 'no');

      // The owner ends her access meanwhile: the app says so once and goes to her own household.
      await new SharingPage(owner).open().then((s) => s.revoke(partnerEmail));
      await expect.poll(() => notices(partner), { timeout: 20_000 }).toContain(tr(lang, 'errors.code.household_not_found'));
      await expect.poll(() => partner.evaluate(() => localStorage.getItem('lactea.household'))).toBeNull();

      // Her answers are still there; she finishes the check.
      expect(await check.step().getByRole('group', { name: tr(lang, 'check.breast.redness'), exact: true }).getByRole('button', { name: tr(lang, 'check.answer.yes'), exact: true }).getAttribute('aria-pressed')).toBe('true');
      await w.tap('check.next');
      await w.question('pain');
      await check.answer('4');
      await w.question('fever');
      await w.skip();
      await w.question('course');
      await w.skip();
      await w.question('more');
      await w.skip();

      // She sees her result, with a calm line that it could not be saved there, and was saved nowhere else.
      await check.result().waitFor();
      const line = partner.getByTestId('check-not-saved');
      await expect.poll(() => line.innerText()).toBe(tr(lang, 'check.result.notShared'));
      expect((await partner.getByRole('region', { name: tr(lang, 'check.result.why'), exact: true }).innerText()).length).toBeGreaterThan(0);
      await partner.evaluate(() => document.fonts.ready);
      await partner.screenshot({ path: join(screenshotDir(), `stale-household-check-not-saved-360-${theme}-${lang}.png`), fullPage: true });
      await partner.evaluate(() => window.scrollTo(0, 0));
      await partner.screenshot({ path: join(screenshotDir(), `stale-household-check-not-saved-360-${theme}-${lang}-top.png`) });
      expect(await axeViolations(partner)).toEqual([]);
      expect(await smallTargets(partner)).toEqual([]);
      expect(await horizontalOverflow(partner)).toBeLessThanOrEqual(0);

      const checksOf = async (page: Page, h: string): Promise<unknown[]> => {
        const res = await page.request.get(`/api/households/${h}/symptom-checks`);
        expect(res.status()).toBe(200);
        return ((await res.json()) as { checks: unknown[] }).checks;
      };
      expect(await checksOf(partner, own)).toEqual([]);
      expect(await checksOf(owner, hid)).toEqual([]);
      // Kept on her phone with the changes to review (not waiting to be sent), and told once.
      const status = partner.getByTestId('sync-status');
      await expect.poll(() => status.getAttribute('data-held')).toBe('1');
      expect(await status.getAttribute('data-pending')).toBe('0');
      expect((await notices(partner)).filter((n) => n === tr(lang, 'errors.code.household_not_found'))).toHaveLength(1);

      // From the changes to review she can open the result again.
      await partner.goto('/conflicts');
      // The card says the household is no longer hers, and the page does not ask her to choose between versions.
      await expect.poll(() => partner.getByTestId('rejected').innerText()).toContain(tr(lang, 'errors.code.household_not_found'));
      expect(await partner.getByText(tr(lang, 'sync.introRefused'), { exact: true }).count()).toBe(1);
      await shot(partner, `held-check-${theme}-${lang}`);
      await partner.getByRole('link', { name: tr(lang, 'check.result.open') }).click();
      await expect.poll(() => partner.getByTestId('check-not-saved').innerText()).toBe(tr(lang, 'check.result.notShared'));
      expect(await checksOf(partner, own)).toEqual([]);
    });
  }
});
