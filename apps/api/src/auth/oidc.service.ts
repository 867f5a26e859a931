import { Inject, Injectable, Logger, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../config/app-config';

type OpenIdClient = typeof import('openid-client');
type Configuration = InstanceType<OpenIdClient['Configuration']>;

/** What GET /auth/login keeps in a cookie for GET /auth/callback to check. */
export interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

/** What the provider vouched for, once the code is exchanged and the ID token checked. */
export interface SignedInClaims {
  readonly claims: Readonly<Record<string, unknown>>;
  readonly idToken: string | null;
}

/**
 * Authorization code flow with PKCE against the council's OpenID Connect provider (Microsoft Entra
 * ID), through openid-client. Discovery happens on first use and is retried after a failure, so the
 * API starts even while the provider is unreachable.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private discovered: Promise<{ lib: OpenIdClient; config: Configuration }> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly app: AppConfig) {}

  get enabled(): boolean {
    return this.app.oidc !== undefined;
  }

  get redirectUri(): string {
    return `${this.app.publicUrl}/auth/callback`;
  }

  async authorizationUrl(): Promise<{ url: string; pending: PendingLogin }> {
    const { lib, config } = await this.client();
    const pending = {
      state: lib.randomState(),
      nonce: lib.randomNonce(),
      verifier: lib.randomPKCECodeVerifier(),
    };
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.settings().scopes,
      code_challenge: await lib.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code; throws when the state, nonce, issuer, audience or signature is not right. */
  async finish(search: string, pending: PendingLogin): Promise<SignedInClaims> {
    const { lib, config } = await this.client();
    const tokens = await lib.authorizationCodeGrant(config, new URL(`${this.redirectUri}${search}`), {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return { claims: tokens.claims() ?? {}, idToken: tokens.id_token ?? null };
  }

  /** Where to send the browser to sign out at the provider too, when it offers that. */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    if (!this.enabled) return null;
    try {
      const { lib, config } = await this.client();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return lib.buildEndSessionUrl(config, {
        post_logout_redirect_uri: `${this.app.publicUrl}/app/`,
        client_id: this.settings().clientId,
        ...(idToken ? { id_token_hint: idToken } : {}),
      }).href;
    } catch (err: unknown) {
      this.logger.warn({ err }, 'could not reach the identity provider to sign out there');
      return null;
    }
  }

  settings(): OidcConfig {
    const s = this.app.oidc;
    if (!s) throw new NotFoundException('single sign-on is not set up on this server');
    return s;
  }

  private async client(): Promise<{ lib: OpenIdClient; config: Configuration }> {
    const s = this.settings();
    this.discovered ??= (async () => {
      const lib = await import('openid-client');
      // Plain http is only for a provider on this machine (the tests' and development's).
      const local = /^http:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(s.issuerUrl);
      const config = await lib.discovery(
        new URL(s.issuerUrl),
        s.clientId,
        s.clientSecret,
        undefined,
        local ? { execute: [lib.allowInsecureRequests] } : undefined,
      );
      return { lib, config };
    })();
    try {
      return await this.discovered;
    } catch (err: unknown) {
      this.discovered = undefined;
      this.logger.error({ err }, 'could not read the identity provider’s OpenID configuration');
      throw new ServiceUnavailableException(
        'the council’s sign-in service could not be reached; try again in a minute',
      );
    }
  }
}
