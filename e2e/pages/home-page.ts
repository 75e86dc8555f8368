import type { Locator, Page } from 'playwright-core';

/** Seconds shown by a clock like "1:05" or "1:02:03". */
export function clockSeconds(text: string): number {
  return text
    .trim()
    .split(':')
    .map(Number)
    .reduce((acc, n) => acc * 60 + n, 0);
}

export class HomePage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/');
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nurse left' }).waitFor();
    await this.totals().waitFor();
  }

  nurse(side: 'left' | 'right'): Promise<void> {
    return this.page.getByRole('button', { name: side === 'left' ? 'Nurse left' : 'Nurse right' }).click();
  }

  timer(): Locator {
    return this.page.getByTestId('timer');
  }

  async sideSeconds(side: 'left' | 'right'): Promise<number> {
    return clockSeconds(await this.timer().getByTestId(`timer-${side}`).locator('.value').innerText());
  }

  async currentSide(): Promise<string | null> {
    const current = this.timer().locator('.timer-side.current');
    if ((await current.count()) === 0) return null;
    return (await current.getAttribute('data-testid'))?.replace('timer-', '') ?? null;
  }

  async timerButton(name: 'Switch side' | 'Pause' | 'Resume' | 'Stop'): Promise<void> {
    await this.timer().getByRole('button', { name }).click();
  }

  pumpTimer(): Locator {
    return this.page.getByTestId('pump-timer');
  }

  async pumpSeconds(side: 'left' | 'right' | 'total'): Promise<number> {
    const id = side === 'total' ? 'pump-total' : `pump-${side}`;
    const el = this.pumpTimer().getByTestId(id);
    return clockSeconds(await (side === 'total' ? el : el.locator('.value')).innerText());
  }

  async pumpButton(name: 'Both' | 'Left' | 'Right' | 'Pause' | 'Resume' | 'Finish'): Promise<void> {
    await this.pumpTimer().getByRole('button', { name, exact: true }).click();
  }

  totals(): Locator {
    return this.page.getByTestId('totals');
  }

  async total(which: 'pumped' | 'feeds' | 'nursing' | 'bottle'): Promise<string> {
    return (await this.page.getByTestId(`total-${which}`).locator('dd').innerText()).replace(/\s+/g, ' ').trim();
  }

  lastNursing(): Locator {
    return this.page.getByTestId('last-nursing');
  }

  async logPump(): Promise<void> {
    await this.page.getByRole('link', { name: 'Pump' }).click();
  }

  async logBottle(): Promise<void> {
    await this.page.getByRole('link', { name: 'Bottle' }).click();
  }
}
