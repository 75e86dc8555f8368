import type { Page } from 'playwright-core';

/** The bottom navigation shared by every signed-in screen. */
export class Shell {
  constructor(readonly page: Page) {}

  async go(name: 'Home' | 'Log' | 'Babies' | 'Settings' | string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  notice() {
    return this.page.getByRole('status').first();
  }
}
