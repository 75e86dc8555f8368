import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/settings');
    await this.page.locator('fieldset').first().waitFor();
    return this;
  }

  /** Picks a choice in one of her own settings groups and waits until the account has it (the household card's defaults for new members, which repeat some labels, come after hers). */
  async choose(label: string): Promise<void> {
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PUT');
    await this.page.locator('.segmented label', { hasText: label }).first().click();
    const res = await saved;
    if (!res.ok()) throw new Error(`saving preferences failed: ${res.status()}`);
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}
