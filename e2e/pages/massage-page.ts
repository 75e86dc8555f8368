import type { Locator, Page } from 'playwright-core';

/** The massage library, a routine's page, and "when not to massage". */
export class MassagePage {
  constructor(readonly page: Page) {}

  async openLibrary(): Promise<this> {
    await this.page.goto('/massage');
    await this.page.getByRole('heading', { name: 'Massage', level: 1 }).waitFor();
    return this;
  }

  async openRoutine(id: string, title: string): Promise<this> {
    await this.page.goto(`/massage/${id}`);
    await this.page.getByRole('heading', { name: title, level: 1 }).waitFor();
    return this;
  }

  cards(): Locator {
    return this.page.locator('.massage-card');
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Start|Continue)$/ }).click();
  }

  gateButton(): Locator {
    return this.page.getByRole('button', { name: 'I understand' });
  }

  /** Marks "when not to massage" as read on this device, as a parent who has read it before. */
  async markGateRead(): Promise<void> {
    await this.page.evaluate(() => localStorage.setItem('lactea.massage.whenNotRead', '1'));
  }
}

/** The full-screen player. */
export class PlayerPage {
  constructor(readonly page: Page) {}

  /** Opens the player; `speed` makes one real second count as `speed` seconds. */
  async open(id: string, speed?: number): Promise<this> {
    await this.page.goto(`/massage/${id}/play${speed ? `?speed=${speed}` : ''}`);
    await this.page.locator('section.player').waitFor();
    await this.page.getByRole('button', { name: 'Exit' }).waitFor();
    return this;
  }

  button(name: 'Start' | 'Pause' | 'Resume' | 'Back' | 'Skip' | 'Stop' | 'Exit' | 'Sound' | 'Vibration'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  stepText(): Promise<string> {
    return this.page.getByTestId('player-step').innerText();
  }

  stepOf(): Promise<string> {
    return this.page.locator('.player-stepof').innerText();
  }

  side(): Locator {
    return this.page.locator('.player-side');
  }

  countdown(): Promise<string> {
    return this.page.getByTestId('step-countdown').innerText();
  }

  finishTitle(): Locator {
    return this.page.locator('.player-finish-title');
  }

  attachTarget(): Locator {
    return this.page.getByTestId('attach-target');
  }

  /** "It was after: …", the choice to put the routine on a session that already ended. */
  attachAfter(): Locator {
    return this.page.getByTestId('attach-after');
  }
}
