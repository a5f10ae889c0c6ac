/**
 * The identity provider, through openid-client (docs/decisions/auth-oidc.md):
 * its discovery document read once and kept (a failed read is retried on the
 * next sign-in), the authorization URL with PKCE, state and nonce, and the
 * code exchanged and checked. Plain http is allowed only for an issuer on
 * this machine (tests, a local Keycloak).
 */
import * as oidc from 'openid-client';
import type { OidcSettings } from '../../config.js';
import { AppError } from '../../http/errors.js';

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface Checks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface Provider {
  authorizationUrl(checks: Checks): Promise<string>;
  /** The claims of the signed-in identity: the ID token's, completed by userinfo when it lacks the e-mail. */
  exchange(callbackSearch: URLSearchParams, checks: Checks): Promise<Record<string, unknown>>;
}

const unavailable = (err: unknown) =>
  new AppError('oidc_unavailable', `The identity provider cannot be reached: ${err instanceof Error ? err.message : String(err)}`);

/** A network failure (the provider is away), as opposed to an answer that does not check out. */
const isNetwork = (err: unknown) => err instanceof TypeError || (err instanceof Error && /fetch failed|ECONNREFUSED|timed? ?out|aborted/i.test(err.message));

export function provider(settings: OidcSettings, redirectUri: string): Provider {
  const issuer = new URL(settings.issuer);
  const insecure = issuer.protocol === 'http:' && loopback.has(issuer.hostname);
  let discovered: Promise<oidc.Configuration> | undefined;

  const configuration = () => {
    discovered ??= oidc
      .discovery(
        issuer,
        settings.clientId,
        { redirect_uris: [redirectUri] },
        settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
        { execute: insecure ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((err: unknown) => {
        discovered = undefined;
        throw unavailable(err);
      });
    return discovered;
  };

  return {
    async authorizationUrl({ state, nonce, codeVerifier }) {
      const config = await configuration();
      return oidc
        .buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: 'openid email profile',
          response_type: 'code',
          code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
          state,
          nonce,
        })
        .toString();
    },

    async exchange(search, { state, nonce, codeVerifier }) {
      const config = await configuration();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, new URL(`${redirectUri}?${search.toString()}`), {
          expectedState: state,
          expectedNonce: nonce,
          pkceCodeVerifier: codeVerifier,
          idTokenExpected: true,
        });
        const claims: Record<string, unknown> = { ...tokens.claims() };
        if (typeof claims.email !== 'string' && config.serverMetadata().userinfo_endpoint) {
          Object.assign(claims, await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub)));
        }
        return claims;
      } catch (err) {
        if (err instanceof AppError) throw err;
        if (isNetwork(err)) throw unavailable(err);
        throw new AppError('oidc_failed', `The identity provider's answer was refused: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}
