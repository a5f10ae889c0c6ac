/**
 * End-to-end harness: the built app (dist/web must exist: `npm run build`)
 * on a fresh in-memory database with the whole demo data set (a copy of the
 * run's template, see database.ts), on a free port, and
 * Debian's Chromium driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, webRoot } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { App } from '../../src/server/http/types.js';
import type { Engine } from '../../src/server/db/client.js';
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

export interface BrowserHarnessOptions {
  /** Settings from the environment the app would read (GAVEL_SMTP_URL …); GAVEL_PUBLIC_URL is the harness's own address. */
  env?: Record<string, string>;
  /** The database engine (default the embedded one); 'postgres' needs TEST_DATABASE_URL. */
  engine?: Engine;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startBrowserHarness(options: BrowserHarnessOptions = {}): Promise<BrowserHarness> {
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  const database = await openTestDatabase(options.engine ?? 'pglite', 'demo-files');
  // Links in e-mails must point at this server, so its port is chosen before the app is built.
  const listenPort = options.env ? await freePort() : 0;
  const env = options.env ? { GAVEL_PUBLIC_URL: `http://127.0.0.1:${listenPort}`, ...options.env } : {};
  const config = { ...loadConfig(env), logLevel: 'warn' };
  const app = await buildApp({ database, config, logger: false });
  await app.listen({ port: listenPort, host: '127.0.0.1' });
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

/** A demo meeting's id by its series and edition (the 37th Summit: 'SUMMIT', 37), as the public calendar lists it. */
export async function demoMeetingId(h: BrowserHarness, seriesCode: string, edition: number): Promise<number> {
  const { meetings } = (await h.app.inject('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>();
  const meeting = meetings.find((m) => m.seriesCode === seriesCode && m.edition === edition);
  if (!meeting) throw new Error(`no demo meeting ${seriesCode} ${edition}`);
  return meeting.id;
}
