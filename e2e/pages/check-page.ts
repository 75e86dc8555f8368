import type { Locator, Page } from 'playwright-core';

/** The symptom check: the wizard at /check, the result and the history. */
export class CheckPage {
  constructor(readonly page: Page) {}

  async open(path = '/check'): Promise<this> {
    await this.page.goto(path);
    await this.question().waitFor();
    return this;
  }

  /** The current question's heading. */
  question(): Locator {
    return this.page.locator('#check-question');
  }

  async questionText(): Promise<string> {
    return (await this.question().innerText()).trim();
  }

  /** Waits until the wizard shows the question with this text. */
  async waitForQuestion(text: string): Promise<void> {
    await this.page.locator('#check-question', { hasText: text }).waitFor();
  }

  step(): Locator {
    return this.page.locator('.check-step');
  }

  /** The wizard ignores taps for a moment after a new question appears (against double taps). */
  async settled(): Promise<void> {
    await this.page.locator('.check-step[data-settled="true"]').waitFor();
  }

  /** Taps an answer of the current question (one-tap questions move on by themselves). */
  async answer(label: string): Promise<void> {
    await this.settled();
    await this.step().getByRole('button', { name: label, exact: true }).first().click();
  }

  /** Answers one question of a group (a yes/no row, or a choice) by the question's label. */
  async answerIn(group: string, label: 'Yes' | 'No' | string): Promise<void> {
    await this.settled();
    await this.step().getByRole('group', { name: group }).getByRole('button', { name: label, exact: true }).click();
  }

  /** Chooses what the check is about (several at once), then Next. */
  async about(...labels: string[]): Promise<void> {
    await this.waitForQuestion('What is this check about?');
    await this.settled();
    for (const l of labels) await this.step().getByRole('button', { name: new RegExp(`^${l}`) }).click();
    await this.next();
  }

  /** "None of these" on a signs screen. */
  async noSigns(): Promise<void> {
    await this.answer('None of these');
  }

  async next(): Promise<void> {
    await this.settled();
    await this.step().getByRole('button', { name: 'Next', exact: true }).click();
  }

  async skip(): Promise<void> {
    await this.settled();
    await this.page.getByRole('button', { name: "I don't know / skip" }).click();
  }

  /** Skips questions until the one with this text is shown. */
  async skipUntil(text: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await this.settled();
      if ((await this.questionText()).includes(text)) return;
      const before = await this.questionText();
      await this.skip();
      await this.page.waitForFunction((b) => document.querySelector('#check-question')?.textContent?.trim() !== b, before);
    }
    throw new Error(`question "${text}" never came`);
  }

  /** Fills in the temperature on the fever screen (without moving on). */
  async enterTemperature(value: string, unit: '°C' | '°F'): Promise<void> {
    await this.step().locator('.segmented label', { hasText: unit }).click();
    await this.step().locator('#temperature').fill(value);
  }

  result(): Locator {
    return this.page.getByTestId('check-result');
  }

  /** The level's words, the result screen's <h1>. */
  async levelTitle(): Promise<string> {
    await this.result().waitFor();
    return (await this.page.getByTestId('check-level').getByRole('heading', { level: 1 }).innerText()).trim();
  }

  async openHistory(): Promise<void> {
    await this.page.goto('/check/history');
    await this.page.locator('.check-timeline, .check-history p.muted').first().waitFor();
  }

  historyItems(): Locator {
    return this.page.locator('.check-timeline li');
  }
}
