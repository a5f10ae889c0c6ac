/**
 * End-to-end harness: the built app (dist/web must exist: `npm run build`)
 * on a fresh in-memory database with the whole demo data set (a copy of the
 * run's template, see database.ts), on a free port, and
 * Debian's Chromium driven by playwright-core.
 *
 * One Chromium per test worker, shared by the files it runs one after the
 * other (the e2e project imports this module once per worker: `isolate:
 * false`): each file still has its own app, database and browser contexts —
 * a context is a fresh profile, no cookie or cache shared — and its harness
 * closes the contexts opened since it started. Launching Chromium and its
 * first page was about a second per file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
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

let browserOfThisWorker: Promise<Browser> | null = null;

/** The worker's Chromium, launched on first use and again if it went away. */
function sharedBrowser(): Promise<Browser> {
  if (!browserOfThisWorker) {
    const launched = chromium.launch({
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
    browserOfThisWorker = launched;
    launched.then(
      (browser) => browser.on('disconnected', () => (browserOfThisWorker = null)),
      () => (browserOfThisWorker = null),
    );
  }
  return browserOfThisWorker;
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
  const browser = await sharedBrowser();
  const before = new Set(browser.contexts());
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
      // The contexts this file opened (harnesses in a file follow each other); the browser stays for the next file.
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
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

/**
 * Signs a page's browser context in as a demo user through the API the
 * sign-in form calls, without loading the form: for tests about what comes
 * after signing in (the form's own tests use `signIn`). The page is left
 * where it was; open a page next.
 */
export async function signInThroughApi(page: Page, baseUrl: string, email: string, password = 'gavel-demo-2020'): Promise<void> {
  const { request } = page.context();
  const { csrfToken } = (await (await request.get(`${baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
  const res = await request.post(`${baseUrl}/api/auth/sign-in`, { data: { email, password }, headers: { 'x-csrf-token': csrfToken } });
  if (!res.ok()) throw new Error(`sign-in as ${email} failed: ${res.status()} ${await res.text()}`);
}

/** A demo meeting's id by its series and edition (the 37th Summit: 'SUMMIT', 37), as the public calendar lists it. */
export async function demoMeetingId(h: BrowserHarness, seriesCode: string, edition: number): Promise<number> {
  const { meetings } = (await h.app.inject('/api/meetings')).json<{ meetings: Array<{ id: number; seriesCode: string; edition: number | null }> }>();
  const meeting = meetings.find((m) => m.seriesCode === seriesCode && m.edition === edition);
  if (!meeting) throw new Error(`no demo meeting ${seriesCode} ${edition}`);
  return meeting.id;
}

/** Requests each page has in flight, from the browser's own events; an event stream stays open by design and is not counted. */
const requestsInFlight = new WeakMap<Page, Set<Request>>();

function trackRequests(page: Page): Set<Request> {
  let inFlight = requestsInFlight.get(page);
  if (!inFlight) {
    const requests = new Set<Request>();
    page.on('request', (r) => {
      if (r.resourceType() !== 'eventsource') requests.add(r);
    });
    page.on('requestfinished', (r) => requests.delete(r));
    page.on('requestfailed', (r) => requests.delete(r));
    requestsInFlight.set(page, requests);
    inFlight = requests;
  }
  return inFlight;
}

/**
 * Waits until the page shown is whole: it has its h1, nothing on it says it
 * is loading (the Loading state, `aria-busy`), its DOM did not change during
 * two frames (by then a render's effects have run and sent what they fetch),
 * and no request is in flight. That is what a person sees as "loaded", and
 * what axe or a measurement should look at; 'networkidle' stood for it with
 * half a second of silence after every load.
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  const inFlight = trackRequests(page);
  const deadline = Date.now() + timeout;
  let calmBefore = false;
  for (;;) {
    const calm = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          let changed = false;
          const observer = new MutationObserver(() => (changed = true));
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              observer.disconnect();
              resolve(!changed && !!document.querySelector('h1') && !document.querySelector('.state-loading, [aria-busy="true"]'));
            }),
          );
        }),
    );
    // Events reach this process in order with the answer above: a request sent before it is counted.
    const quiet = calm && inFlight.size === 0;
    // Twice in a row: one quiet moment could fall between a response and the render it causes.
    if (quiet && calmBefore) return;
    calmBefore = quiet;
    if (Date.now() > deadline) {
      const pending = [...inFlight].map((r) => r.url()).join(', ');
      throw new Error(`${page.url()} did not settle in ${timeout} ms${pending ? `; in flight: ${pending}` : '; its DOM kept changing or showed loading'}`);
    }
  }
}

/** Opens a page by its address (a full load) and waits until it has settled. */
export async function load(page: Page, url: string): Promise<void> {
  trackRequests(page);
  await page.goto(url);
  await settled(page);
}

/** The tab's title while no page has named it yet, in each language (the layout's: "<app name> · <tagline>"). */
const genericTitles = ['en', 'vi'].map((lang) => {
  const words = JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), 'utf8')) as { app: { name: string; tagline: string } };
  return `${words.app.name} · ${words.app.tagline}`;
});

/**
 * Opens a path in the app already loaded, as its links do (no page load: the
 * same route renders the same page, without fetching and starting the app
 * again), from the top of the page as a load would, and waits until the page
 * has settled. The tab's title tells the new page apart from the one before:
 * the layout resets it on every navigation, then the page names it.
 */
export async function navigate(page: Page, path: string): Promise<void> {
  trackRequests(page);
  await page.evaluate((to) => {
    document.title = 'navigating';
    window.scrollTo(0, 0);
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction((generic) => document.title !== 'navigating' && !generic.includes(document.title), genericTitles);
  await settled(page);
}
