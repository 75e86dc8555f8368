import type { Page } from 'playwright-core';

export class BabiesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/babies');
    await this.page.getByRole('heading', { name: 'Babies', level: 1 }).waitFor();
    return this;
  }

  async add(name: string, birthDate?: string): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    if (birthDate) await this.page.getByLabel('Birth date (optional)').fill(birthDate);
    await this.page.getByRole('button', { name: 'Add baby' }).click();
    await this.page.locator('.baby-row .name', { hasText: name }).waitFor();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename: ${from}` }).click();
    await this.page.getByLabel(`New name for ${from}`).fill(to);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await this.page.locator('.baby-row .name', { hasText: to }).waitFor();
  }

  names(): Promise<string[]> {
    return this.page.locator('.baby-row .name').allInnerTexts();
  }
}
