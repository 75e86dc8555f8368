import type { Locator, Page } from 'playwright-core';

/** Settings → Sharing: members, open invites, new invite links, the access log. */
export class SharingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/settings/sharing');
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.page.getByTestId('members').waitFor();
    await this.page.getByTestId('access-log').or(this.page.getByText('Nobody else has looked at or changed anything yet.')).or(this.page.getByText('Nadie más ha consultado ni cambiado nada todavía.')).first().waitFor();
    return this;
  }

  /** Creates an invite and returns the one-time link shown. */
  async invite(button: string, until?: string): Promise<string> {
    if (until !== undefined) await this.page.locator('#invite-consultant-until').fill(until);
    const field = this.page.locator('#invite-link-value');
    const before = (await field.count()) > 0 ? await field.inputValue() : null;
    const created = this.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/shares'));
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const { token } = (await (await created).json()) as { token: string };
    await this.page.waitForFunction(([old, tok]) => {
      const v = document.querySelector<HTMLInputElement>('#invite-link-value')?.value ?? null;
      return v !== null && v !== old && v.endsWith(`/invite/${tok}`);
    }, [before, token] as const);
    return field.inputValue();
  }

  members(): Locator {
    return this.page.getByTestId('members');
  }

  accessLog(): Locator {
    return this.page.getByTestId('access-log');
  }

  async revoke(email: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove access for ${email}` }).click();
    const revoked = this.page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes('/shares/'));
    await this.page.getByRole('button', { name: 'Yes, remove' }).click();
    await revoked;
  }
}

/** /invite/:token, signed in or out. */
export class InvitePage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<this> {
    await this.page.goto(new URL(link).pathname);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.page.getByTestId('invite-offer').or(this.page.getByRole('alert')).first().waitFor();
    return this;
  }

  offer(): Locator {
    return this.page.getByTestId('invite-offer');
  }

  async signUp(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await this.page.getByRole('button', { name: 'Accept invite' }).waitFor();
  }

  /** A consultant signing up from her invite: the account joins at once and she lands on her clients. */
  async signUpAsConsultant(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await this.page.waitForURL((u) => u.pathname === '/clients');
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: 'Accept invite' }).click();
  }
}

/** /clients: the consultant's workspace. */
export class ClientsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/clients');
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.page.getByTestId('clients').or(this.page.locator('.desk-list p.card')).first().waitFor();
  }

  rows(): Locator {
    return this.page.getByTestId('client');
  }

  /** Opens a client (by the row that holds `text`): her overview, beside the list on a laptop. */
  async openClient(text: string): Promise<void> {
    await this.rows().filter({ hasText: text }).first().locator('a.desk-client-link').click();
    await this.page.waitForURL((u) => /^\/clients\/[0-9a-f-]{36}$/.test(u.pathname));
    await this.page.locator('.desk-detail h1').waitFor();
  }

  async openLog(ownerEmail: string): Promise<void> {
    await this.openClient(ownerEmail);
    await this.page.getByRole('link', { name: `Open the log of ${ownerEmail}`, exact: true }).click();
    await this.page.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    await this.page.locator('section[aria-busy="true"]').waitFor({ state: 'detached' });
  }
}

/** Settings → Account and privacy. */
export class AccountPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/settings/account');
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.page.getByTestId('sign-in-sessions').waitFor();
    return this;
  }

  sessions(): Locator {
    return this.page.getByTestId('sign-in-sessions').locator('li');
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.page.getByLabel('Current password').fill(current);
    await this.page.getByLabel('New password').fill(next);
    await this.page.getByRole('button', { name: 'Change password' }).click();
  }
}
