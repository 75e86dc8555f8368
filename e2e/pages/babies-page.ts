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

  /** Opens a baby's details and changes her name and/or birth date. */
  async edit(name: string, change: { name?: string; birthDate?: string }): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${name}` }).click();
    const form = this.page.getByRole('group', { name: `Edit ${name}` });
    if (change.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(change.name);
    if (change.birthDate !== undefined) await form.getByLabel('Birth date (optional)').fill(change.birthDate);
    await form.getByRole('button', { name: 'Save' }).click();
    await this.page.locator('.baby-row .name', { hasText: change.name ?? name }).waitFor();
  }

  async archive(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${name}` }).click();
    await this.page.getByRole('button', { name: `Archive ${name}` }).click();
    await this.page.getByTestId('archived-babies').getByText(name).waitFor();
  }

  async restore(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Bring back ${name}` }).click();
    await this.page.getByTestId('babies').getByText(name).waitFor();
  }

  names(): Promise<string[]> {
    return this.page.locator('.baby-row .name').allInnerTexts();
  }
}
