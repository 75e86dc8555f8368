/**
 * One server (in-memory SQLite, the built web app) and one Chromium per test file; a fresh
 * browser context, and a fresh account, per test. Every page is checked for console errors
 * (a CSP violation shows up there) when the test ends.
 */
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { launchChromium } from './chromium.js';
import { BROWSER_TIME_ZONE } from './time-zone.js';
import { ensureWebBuilt, WEB_ROOT } from './web-build.js';

export const VIEWPORT = { width: 360, height: 740 };
export const PASSWORD = 'correct horse battery';

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** Only for injecting axe-core: the app's CSP (rightly) refuses inline scripts. */
  bypassCSP?: boolean;
  /** Service workers are blocked unless a test is about them. */
  serviceWorkers?: boolean;
  /** Pages ask for reduced motion unless a test is about animation. */
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface TestApp {
  readonly url: string;
  newPage(options?: PageOptions): Promise<Page>;
}

export const freshEmail = (): string => `parent-${randomUUID().slice(0, 8)}@example.test`;

/** `webRoot`: the built app to serve, made once the build exists (a test's own copy); the build by default. */
export function useTestApp(opts: { webRoot?: () => string } = {}): TestApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startServer(
      { host: '127.0.0.1', port: 0, databaseUrl: ':memory:', webRoot: opts.webRoot?.() ?? WEB_ROOT, logLevel: 'silent', authRateLimit: 100_000 },
      {},
    );
    browser = await launchChromium();
  });

  afterEach(async () => {
    const found = problems.splice(0);
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(found, 'console errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    async newPage(options = {}) {
      if (!browser || !server) throw new Error('browser not started');
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: VIEWPORT,
        colorScheme: options.colorScheme ?? 'light',
        locale: options.locale ?? 'en-US',
        timezoneId: BROWSER_TIME_ZONE,
        serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
        reducedMotion: options.reducedMotion ?? 'reduce',
        bypassCSP: options.bypassCSP ?? false,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (m) => {
        // 4xx answers (401 before sign-in, a 409 on a stale edit) and requests made while offline
        // are expected; the app handles them.
        const expected = /Failed to load resource: (the server responded with a status of 4\d\d|net::ERR_INTERNET_DISCONNECTED)/;
        if (m.type() === 'error' && !expected.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      return page;
    },
  };
}

export function screenshotDir(): string {
  const dir = 'screenshots';
  mkdirSync(dir, { recursive: true });
  return dir;
}
