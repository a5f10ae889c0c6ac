/**
 * End-to-end harness: the built app (dist/web must exist: `npm run build`)
 * on a fresh in-memory database with the demo data, on a free port, and
 * Debian's Chromium driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, webRoot } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { loadDemo } from '../../src/server/demo/index.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from './database.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserHarness {
  baseUrl: string;
  app: App;
  database: TestDatabase;
  browser: Browser;
  newPage(options?: { locale?: string; timezoneId?: string }): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  const database = await openTestDatabase('pglite');
  await loadDemo(database.db);
  const config = { ...loadConfig({}), logLevel: 'warn' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // The port is known only now; handlers read the public URL per request, so
  // the links the app emits (feed URLs, badges) point where the browser is.
  config.publicUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    database,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        locale: options.locale ?? 'en-GB',
        timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
        viewport: { width: 1360, height: 900 },
      });
      return { page: await context.newPage(), context };
    },
    async close() {
      await browser.close();
      await app.close();
      await database.dispose();
    },
  };
}

/** Signs a page in as a demo user through the sign-in form, as a person would. */
export async function signIn(page: Page, baseUrl: string, email: string, password = 'gavel-demo-2020'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('sign-out').waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
