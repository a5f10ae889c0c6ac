/**
 * A real OpenID Connect provider for tests: the `oidc-provider` package on
 * 127.0.0.1, one confidential client (PKCE required), accounts given by the
 * test, and a tiny interaction handler in place of a login page: it signs in
 * whichever account the test named with `loginAs` and gives consent to the
 * scopes asked for. `follow` walks the browser's redirects through the
 * provider (with the provider's cookies) until it sends the browser back to
 * Gavel, and returns that query string.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export interface TestAccount {
  email: string;
  email_verified: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next interaction signs in. */
  loginAs(sub: string): void;
  /** From the authorization URL to the redirect back to `redirectUri`: its query string (with '?'). */
  follow(authorizationUrl: string, redirectUri: string): Promise<string>;
  close(): Promise<void>;
}

/** `redirectUri` may be given late (a function read at the first request): a browser test knows Gavel's address only after the provider's. */
export async function startTestProvider(accounts: Record<string, TestAccount>, redirectUri: string | (() => string)): Promise<TestProvider> {
  // The provider needs its issuer (this server's port) before it can answer.
  const serve: { handler?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const server = createServer((req, res) => serve.handler!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'gavel-test';
  const clientSecret = 'a test secret that is long enough for HS256 0123456789';
  let current = '';
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test' };
  let made: { provider: Provider; callback: ReturnType<Provider['callback']> } | undefined;
  const make = () => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [typeof redirectUri === 'string' ? redirectUri : redirectUri()],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      scopes: ['openid', 'email', 'profile'],
      pkce: { required: () => true },
      features: { devInteractions: { enabled: false } },
      cookies: { keys: ['test cookie key'] },
      jwks: { keys: [jwk] as never },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx, sub) => (accounts[sub] ? { accountId: sub, claims: () => ({ sub, ...accounts[sub] }) } : undefined),
    });
    // The provider's own dev-mode warnings are not the test's business.
    provider.on('server_error', () => {});
    return { provider, callback: provider.callback() };
  };

  serve.handler = (req, res) => {
    made ??= make();
    const { provider, callback } = made;
    if (!req.url?.startsWith('/interaction/')) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        await provider.interactionFinished(req, res, { login: { accountId: current } }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = new provider.Grant({ accountId: current, clientId });
      const scope = details.prompt.details.missingOIDCScope as string[] | undefined;
      if (scope) grant.addOIDCScope(scope.join(' '));
      const claims = details.prompt.details.missingOIDCClaims as string[] | undefined;
      if (claims) grant.addOIDCClaims(claims);
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    })().catch((err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  };

  const jar = new Map<string, string>();
  return {
    issuer,
    clientId,
    clientSecret,
    loginAs(sub) {
      current = sub;
      jar.clear();
    },
    async follow(authorizationUrl, back) {
      let url = authorizationUrl;
      for (let hop = 0; hop < 10; hop++) {
        if (url.startsWith(back)) return new URL(url).search;
        const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
        for (const c of res.headers.getSetCookie()) {
          const [pair] = c.split(';');
          const at = pair!.indexOf('=');
          jar.set(pair!.slice(0, at), pair!.slice(at + 1));
        }
        const location = res.headers.get('location');
        if (!location) throw new Error(`the provider answered ${res.status} without a redirect: ${await res.text()}`);
        url = new URL(location, url).toString();
      }
      throw new Error('too many redirects');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
