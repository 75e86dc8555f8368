import type { Locator, Page } from 'playwright-core';

export class LogPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/log');
    await this.page.getByRole('heading', { name: 'Log', level: 1 }).waitFor();
    await this.page.locator('section[aria-busy="true"]').waitFor({ state: 'detached' });
    return this;
  }

  entries(): Locator {
    return this.page.locator('a.entry');
  }

  async summaries(): Promise<string[]> {
    return (await this.entries().allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  async openEntry(index: number): Promise<void> {
    await this.entries().nth(index).click();
    await this.page.getByRole('heading', { name: 'Edit entry' }).waitFor();
    await this.page.getByRole('button', { name: 'Save' }).waitFor();
  }
}
