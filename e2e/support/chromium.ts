/**
 * Chromium for the browser tests, through playwright-core (never `playwright`, which downloads
 * browsers). Missing Chromium fails the tests in CI and skips them, loudly, elsewhere.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM_PATH);
const inCi = process.env.CI === 'true';

/** `describe` for a browser suite: skipped with a warning when Chromium is missing outside CI. */
export function browserSuite(name: string, fn: () => void): void {
  if (!found && !inCi) {
    console.warn(`SKIPPED: browser tests — Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

export async function launchChromium(): Promise<Browser> {
  if (!found) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: browser tests cannot run (CI=true requires them)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
