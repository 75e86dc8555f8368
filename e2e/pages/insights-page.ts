import type { Locator, Page } from 'playwright-core';

/** The insights screens: the daily picture, "does massage help me?" and milk fat and energy. */
export class InsightsPage {
  constructor(readonly page: Page) {}

  async open(path: '/insights' | '/insights/massage' | '/insights/milk' = '/insights'): Promise<this> {
    await this.page.goto(path);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.page.locator('section.insights:not([aria-busy])').waitFor();
    return this;
  }

  figure(id: 'fig-daily' | 'fig-trend' | 'fig-rhythm' | string): Locator {
    return this.page.getByTestId(id);
  }

  /** Shows a figure's numbers as a table and returns its body rows as text cells. */
  async tableOf(id: string): Promise<string[][]> {
    const fig = this.figure(id);
    const toggle = fig.getByRole('button', { name: 'Table' }).first();
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await fig.locator('table').waitFor();
    return fig.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => (c.textContent ?? '').trim())));
  }

  async pickRange(label: string): Promise<void> {
    await this.page.locator('.insights-range .segmented label', { hasText: label }).click();
  }

  /** Waits until every uPlot chart on the screen has drawn its canvas. */
  async plotsDrawn(): Promise<number> {
    await this.page.locator('.plot canvas').first().waitFor();
    return this.page.locator('.plot canvas').count();
  }
}
