/** A person the provider knows; `login` is what they type in its login form. */
export interface DevAccount {
  readonly login: string;
  readonly email?: string;
  readonly preferred_username?: string;
  readonly name: string;
  readonly roles: readonly string[];
}

export interface DevProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

export const DEMOCRATIC_SERVICES_OFFICER: string;
export const MONITORING_OFFICER: string;

export function seededAccounts(fixturesDir: string): DevAccount[];

/** One seeded person's e-mail for each role the sign-in page suggests, as [role, e-mail]. */
export function signInExamples(fixturesDir: string): [string, string][];

export function startDevProvider(opts: {
  redirectUri: string;
  postLogoutUri: string;
  accounts: readonly DevAccount[];
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** Further registered clients, e.g. to show a code issued to another is refused. */
  extraClients?: readonly { client_id: string; client_secret: string }[];
}): Promise<DevProvider>;
