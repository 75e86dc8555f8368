/**
 * Sharing end to end with two (or three) people in separate browser contexts: a caregiver joins by
 * link and logs; a consultant reads through her workspace, read-only, and the owner sees it in the
 * access log and revokes; account safety (password, sign-ins, export, deletion); Spanish.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { EntryPage } from './pages/entry-page.js';
import { HomePage } from './pages/home-page.js';
import { LogPage } from './pages/log-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { AccountPage, ClientsPage, InvitePage, SharingPage } from './pages/sharing-pages.js';
import { SignInPage } from './pages/sign-in-page.js';
import { freshEmail, PASSWORD, useTestApp } from './support/app.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

/** A pump from an hour ago in the signed-in user's own household, through the API. */
async function seedPump(page: Page): Promise<void> {
  const me = (await (await page.request.get('/api/me')).json()) as { households: { id: string }[] };
  const hid = me.households[0]?.id ?? '';
  // One "now" for every instant, so related times cannot drift apart by a millisecond.
  const now = Date.now();
  const ago = (min: number): string => new Date(now - min * 60_000).toISOString();
  const res = await page.request.put(`/api/households/${hid}/sessions/${crypto.randomUUID()}`, {
    data: { kind: 'pump', babyId: null, startedAt: ago(70), endedAt: ago(55), segments: [], leftMl: 70, rightMl: 55, volumeMl: null, milkType: null, massage: null, painBefore: null, painAfter: null, fullnessBefore: null, fullnessAfter: null, notes: '' },
  });
  expect(res.status()).toBe(201);
}

browserSuite('sharing in the browser', () => {
  const app = useTestApp();

  it('lets a partner join by link while signed out, log a bottle, and the owner sees it', async () => {
    const { page: owner, email: ownerEmail } = await signedInPage(app);
    await new SettingsPage(owner).open();
    await owner.getByRole('link', { name: 'Sharing' }).click();
    await owner.getByRole('heading', { name: 'Sharing', level: 1 }).waitFor();
    const sharing = new SharingPage(owner);
    const link = await sharing.invite('Invite a caregiver');
    expect(link).toMatch(new RegExp(`^${app.url}/invite/[A-Za-z0-9_-]{20,}$`));
    await owner.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await owner.getByRole('button', { name: 'Copy link' }).click();
    await owner.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await sharing.open();
    expect(await owner.getByTestId('open-invites').innerText()).toContain('Invite for a caregiver');

    const partner = await app.newPage();
    const invite = await new InvitePage(partner).open(link);
    expect(await invite.offer().innerText()).toContain('As a caregiver');
    const partnerEmail = freshEmail();
    await invite.signUp(partnerEmail, PASSWORD);
    expect(new URL(partner.url()).pathname).toBe(new URL(link).pathname);
    // The same link open in a second tab of hers, signed in.
    const tab = await partner.context().newPage();
    const secondTab = await new InvitePage(tab).open(link);
    await invite.accept();
    const home = new HomePage(partner);
    await home.waitUntilReady();
    // Accepted again from the second tab: she is in, so it says so, not that the link is invalid.
    await secondTab.accept();
    await tab.waitForURL((u) => u.pathname === '/');
    await new HomePage(tab).waitUntilReady();
    await tab.locator('.notice p', { hasText: 'Joined. Volumes show in mL here' }).waitFor();
    expect(await tab.getByText('This invite link no longer works').count()).toBe(0);
    await tab.close();
    // Her partner's home offers no breast massage and does not say "since you last fed" to him.
    await partner.getByRole('heading', { name: 'Since the last feed or pump' }).waitFor();
    expect(await partner.getByRole('heading', { name: 'Massage first?' }).count()).toBe(0);
    await home.logBottle();
    await partner.getByRole('heading', { name: 'Log a bottle' }).waitFor();
    const form = new EntryPage(partner);
    await form.fillBottle('90');
    await form.save();
    await home.waitUntilReady();
    await new SettingsPage(partner).open();
    expect(await partner.locator('#household option:checked').innerText()).toBe(`Home · ${ownerEmail} (Caregiver)`);

    // The link worked once.
    const again = await app.newPage();
    await new InvitePage(again).open(link);
    await again.getByText('This invite link no longer works').waitFor();

    const log = await new LogPage(owner).open();
    await expect.poll(async () => (await log.summaries()).join('\n')).toContain('90 mL');
    await sharing.open();
    expect(await sharing.members().innerText()).toContain(partnerEmail);
    expect(await owner.getByTestId('open-invites').count()).toBe(0);
    expect(await sharing.accessLog().innerText()).toContain(`${partnerEmail} (Caregiver) changed your log`);

    // A role change, and an invite withdrawn before anyone used it.
    await owner.getByLabel(`Role of ${partnerEmail}`).selectOption('consultant');
    await owner.getByText(`${partnerEmail} is now a consultant.`).waitFor();
    await expect.poll(() => sharing.members().innerText()).toContain('Consultant · since');
    const unused = await sharing.invite('Invite a caregiver');
    await sharing.open();
    await owner.getByRole('button', { name: 'Withdraw invite' }).click();
    await owner.getByText('Invite withdrawn. The link no longer works.').waitFor();
    await expect.poll(() => owner.getByTestId('open-invites').count()).toBe(0);
    await new InvitePage(again).open(unused);
    await again.getByText('This invite link no longer works').waitFor();
  });

  it('gives a consultant a read-only workspace the owner can watch and revoke', async () => {
    const { page: owner, email: ownerEmail } = await signedInPage(app);
    await seedPump(owner);
    const sharing = await new SharingPage(owner).open();
    const link = await sharing.invite('Invite a consultant', '2031-12-31');
    expect(await owner.getByTestId('invite-link').innerText()).toContain('2031');

    const { page: consultant, email: consultantEmail } = await signedInPage(app);
    await consultant.setViewportSize({ width: 1280, height: 800 });
    const invite = await new InvitePage(consultant).open(link);
    expect(await invite.offer().innerText()).toContain("You can't change anything");
    await invite.accept();
    await consultant.waitForURL((u) => u.pathname === '/clients');
    const clients = new ClientsPage(consultant);
    await clients.waitUntilReady();
    expect(await clients.rows().count()).toBe(1);
    const row = await clients.rows().first().innerText();
    expect(row).toContain(ownerEmail);
    expect(row).toContain('125 mL');
    expect(row).toContain('No flags');

    await consultant.setViewportSize({ width: 360, height: 740 });
    await clients.open();
    expect(await clients.rows().first().innerText()).toContain(ownerEmail);
    await clients.openLog(ownerEmail);
    await consultant.locator('.desk-tabs').waitFor();
    const log = new LogPage(consultant);
    await expect.poll(async () => (await log.summaries()).join('\n')).toContain('125 mL');
    await log.entries().first().click();
    await consultant.getByRole('heading', { name: 'Entry (read-only)' }).waitFor();
    expect(await consultant.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await consultant.getByRole('button', { name: 'Delete entry' }).count()).toBe(0);
    expect(await consultant.getByLabel(/^Left \(/).isDisabled()).toBe(true);

    await consultant.getByTestId('read-only-bar').waitFor();
    // Her empty household went when she took the invite: her home is her client list, with nothing to log.
    await consultant.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await clients.waitUntilReady();
    for (const name of ['Nurse left', 'Nurse right', 'Wet', 'Dirty']) expect(await consultant.getByRole('button', { name, exact: true }).count()).toBe(0);
    for (const name of ['Pump', 'Bottle']) expect(await consultant.getByRole('main').getByRole('link', { name, exact: true }).count()).toBe(0);
    // The client's baby side: read, nothing to add.
    await consultant.goto('/baby');
    await consultant.getByRole('heading', { level: 1 }).waitFor();
    expect(await consultant.getByRole('button', { name: 'Save the weight' }).count()).toBe(0);
    expect(await consultant.getByText('Log a nappy from earlier').count()).toBe(0);
    await consultant.goto('/babies');
    await consultant.getByRole('heading', { name: 'Babies', level: 1 }).waitFor();
    expect(await consultant.getByRole('button', { name: 'Add baby' }).count()).toBe(0);
    // No symptom check is saved into the client's record; her earlier checks stay readable.
    await consultant.goto('/check');
    await consultant.getByText("You are viewing a client's household read-only").waitFor();
    expect(await consultant.getByRole('button', { name: 'None of these' }).count()).toBe(0);
    await consultant.getByRole('link', { name: /Earlier checks/ }).waitFor();
    // Milk measurements: read, not added or deleted.
    await consultant.goto('/insights/milk');
    await consultant.getByRole('heading', { level: 1 }).waitFor();
    expect(await consultant.getByRole('button', { name: /^(Save|Add)/ }).count()).toBe(0);
    expect(await consultant.getByRole('heading', { name: 'Add a measurement' }).count()).toBe(0);

    // Signed in again, she starts in her workspace (she was last looking at a client).
    const settings = await new SettingsPage(consultant).open();
    await settings.signOut();
    await new SignInPage(consultant).signIn(consultantEmail, PASSWORD);
    await consultant.waitForURL((u) => u.pathname === '/clients');
    await clients.waitUntilReady();

    await sharing.open();
    const accessLog = await sharing.accessLog().innerText();
    const readLine = new RegExp(`${consultantEmail.replace(/[.+]/g, '\\$&')} \\(Consultant\\) read [^\\n]*`, 'g');
    const reads = (accessLog.match(readLine) ?? []).join('\n');
    expect(reads).toContain('your log');
    expect(reads).toContain('your summary');
    expect(await sharing.members().innerText()).toContain('until Dec 31, 2031');
    await owner.locator('.sharing-until input').fill('2032-01-15');
    await owner.getByRole('button', { name: `Save the end date for ${consultantEmail}` }).click();
    await owner.getByText(`Access for ${consultantEmail} now ends Jan 15, 2032.`).waitFor();
    await expect.poll(() => sharing.members().innerText()).toContain('until Jan 15, 2032');
    await sharing.revoke(consultantEmail);
    await expect.poll(() => sharing.members().innerText()).not.toContain(consultantEmail);

    // Her next load: the client is gone, and reading the household is refused.
    await clients.open();
    await consultant.getByText('No one shares a log with you right now.').waitFor();
    expect(await consultant.getByTestId('read-only-bar').count()).toBe(0);
    const ownerHid = ((await (await owner.request.get('/api/me')).json()) as { households: { id: string }[] }).households[0]?.id ?? '';
    expect([403, 404]).toContain((await consultant.request.get(`/api/households/${ownerHid}/sessions`)).status());
  });

  it('changes the password, ends a sign-in, exports and deletes the account', async () => {
    const { page, email } = await signedInPage(app);
    const other = await app.newPage();
    await new SignInPage(other).open();
    await new SignInPage(other).signIn(email, PASSWORD);
    await new HomePage(other).waitUntilReady();

    await new SettingsPage(page).open();
    await page.getByRole('link', { name: 'Account and privacy' }).click();
    const account = new AccountPage(page);
    await page.getByTestId('sign-in-sessions').waitFor();
    expect(await account.sessions().count()).toBe(2);
    expect(await page.getByTestId('sign-in-sessions').innerText()).toContain('This device');

    await account.changePassword('not my password', 'a brand new passphrase');
    await page.getByText("That isn't your current password.").waitFor();
    const newPassword = 'a brand new passphrase';
    await account.changePassword(PASSWORD, newPassword);
    await page.getByText('Password changed. 1 other device was signed out.').waitFor();
    // The list below follows at once: only this device is left.
    await expect.poll(() => account.sessions().count()).toBe(1);
    await other.reload();
    await other.getByRole('heading', { name: 'Welcome back' }).waitFor();

    await new SignInPage(other).signIn(email, newPassword);
    await new HomePage(other).waitUntilReady();
    await account.open();
    expect(await account.sessions().count()).toBe(2);
    await page.getByRole('button', { name: /^Sign out .*, signed in/ }).click();
    await page.getByText('1 device signed out.').waitFor();
    await expect.poll(() => account.sessions().count()).toBe(1);
    await other.reload();
    await other.getByRole('heading', { name: 'Welcome back' }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^lactea-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(await file.path())));
    const exported = strFromU8(files['lactea-export.json'] as Uint8Array);
    expect(JSON.parse(exported).user.email).toBe(email);
    expect(strFromU8(files['csv/account.csv'] as Uint8Array)).toContain(email);

    const remove = page.getByRole('button', { name: 'Delete my account' });
    expect(await remove.isDisabled()).toBe(true);
    await page.getByLabel(/^To confirm, type your email/).fill(email.toUpperCase());
    await remove.click();
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    await new SignInPage(page).signIn(email, newPassword);
    await page.getByRole('alert').waitFor();
  });

  it('works in Spanish, including the invite page for a signed-out visitor', async () => {
    const { page: owner } = await signedInPage(app);
    const settings = await new SettingsPage(owner).open();
    await settings.choose('Español');
    await owner.getByRole('link', { name: 'Compartir' }).click();
    await owner.getByRole('heading', { name: 'Compartir', level: 1 }).waitFor();
    const sharing = new SharingPage(owner);
    const link = await sharing.invite('Invitar a una asesora');
    await owner.getByText('Envía este enlace a una sola persona.', { exact: false }).waitFor();
    await owner.getByRole('link', { name: 'Volver' }).waitFor();

    const visitor = await app.newPage({ locale: 'es-ES' });
    await new InvitePage(visitor).open(link);
    await visitor.getByRole('heading', { name: 'Tienes una invitación', level: 1 }).waitFor();
    expect(await visitor.getByTestId('invite-offer').innerText()).toContain('Como asesora');
    await visitor.getByRole('heading', { name: 'Crea una cuenta para aceptar' }).waitFor();

    await owner.goto('/settings/account');
    await owner.getByRole('heading', { name: 'Cuenta y privacidad', level: 1 }).waitFor();
    await owner.getByText('Este dispositivo').waitFor();
  });
});
