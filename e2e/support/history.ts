/**
 * Back and forward as the browser keeps them. Playwright's goBack/goForward read the browser's own
 * list of entries (Page.getNavigationHistory) and do nothing at all, silently, when it has no entry
 * that way. That list lags the page: the page sees its new address (pushState, or the popstate of a
 * previous goBack) before the browser process has recorded it, and under load a goForward sent in
 * that gap finds no entry ahead and is dropped. So wait until the browser's current entry is where
 * the page is before going back or forward.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function browserHistoryAt(page: Page, pathname: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await expect
      .poll(async () => {
        const history = await cdp.send('Page.getNavigationHistory');
        const current = history.entries[history.currentIndex];
        return current ? new URL(current.url).pathname : null;
      })
      .toBe(pathname);
  } finally {
    await cdp.detach();
  }
}
