import type { Page } from 'playwright-core';

/** The log-a-pump / log-a-bottle / edit-entry form. */
export class EntryPage {
  constructor(readonly page: Page) {}

  async fillPump(left: string, right: string, minutes?: string): Promise<void> {
    await this.page.getByLabel(/^Left \(/).fill(left);
    await this.page.getByLabel(/^Right \(/).fill(right);
    if (minutes !== undefined) await this.page.getByLabel('Minutes', { exact: true }).fill(minutes);
  }

  async fillBottle(volume: string, milk: 'Breast milk' | 'Formula' | 'Mixed' = 'Breast milk'): Promise<void> {
    await this.page.getByLabel(/^Volume \(/).fill(volume);
    await this.page.locator('.segmented label', { hasText: milk }).click();
  }

  async openDetails(): Promise<void> {
    const details = this.page.locator('details.more');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }

  async setNotes(text: string): Promise<void> {
    await this.openDetails();
    await this.page.getByLabel('Notes').fill(text);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete entry' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete' }).click();
  }

  formError() {
    return this.page.locator('.form-error');
  }
}
