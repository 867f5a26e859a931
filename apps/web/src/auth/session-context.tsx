import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClient, ApiError } from '../api/api-client';
import type { Role, Session, WebSettings } from '../api/types';

export interface SessionState {
  readonly session: Session | null;
  /** True until the server has said whether a session cookie signs this browser in. */
  readonly checking: boolean;
  readonly api: ApiClient;
  readonly settings: WebSettings;
  /**
   * Checks a (development) key with the API and keeps it in memory only, never in storage, so it is
   * gone when the tab closes; throws ApiError when it is refused.
   */
  readonly signIn: (key: string) => Promise<Session>;
  /** Ends the session on the server, and at the identity provider when it offers that. */
  readonly signOut: () => void;
}

const DEFAULT_SETTINGS: WebSettings = {
  basemapUrl: null,
  basemapAttribution: null,
  basemapAttributionUrl: null,
  devSignIn: false,
  singleSignOn: false,
};

export const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [key, setKey] = useState<string | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState<boolean>(true);
  const [settings, setSettings] = useState<WebSettings>(DEFAULT_SETTINGS);

  const forget = useCallback(() => {
    setKey(null);
    setSession(null);
  }, []);

  // One action refused (someone else's alert, a key without the right) is not the end of the
  // session: only when the server no longer knows the key or the cookie is the person signed out.
  const lapsed = useCallback(() => {
    new ApiClient(key).json<Session>('/auth/session').catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) forget();
    });
  }, [key, forget]);

  const api = useMemo(
    () => new ApiClient(key, lapsed, undefined, '', session?.csrfToken ?? null),
    [key, lapsed, session],
  );

  useEffect(() => {
    new ApiClient(null)
      .json<WebSettings>('/web/config')
      .then(setSettings)
      .catch(() => setSettings(DEFAULT_SETTINGS));
  }, []);

  // The session cookie is HttpOnly: ask the server who it signs in, so a new tab stays signed in.
  useEffect(() => {
    let live = true;
    new ApiClient(null)
      .json<Session>('/auth/session')
      .then((s) => live && setSession(s))
      .catch(() => undefined)
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (candidate: string) => {
    const s = await new ApiClient(candidate).json<Session>('/auth/session');
    setKey(candidate);
    setSession(s);
    return s;
  }, []);

  const signOut = useCallback(() => {
    if (session?.via !== 'session') {
      forget();
      return;
    }
    void api
      .json<{ logoutUrl: string | null }>('/auth/logout', { method: 'POST' })
      .then((r) => {
        forget();
        if (r.logoutUrl) window.location.assign(r.logoutUrl);
      })
      .catch(forget);
  }, [api, forget, session]);

  const value = useMemo<SessionState>(
    () => ({ session, checking, api, settings, signIn, signOut }),
    [session, checking, api, settings, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The console's permissions follow the API's roles: democratic services may do all an officer may. */
const IMPLIED: Readonly<Record<Role, readonly Role[]>> = {
  officer: ['officer'],
  democratic_services: ['democratic_services', 'officer'],
  member: ['member'],
  leader: ['leader', 'member'],
  monitoring_officer: ['monitoring_officer'],
};

export function can(session: Session | null, ...roles: Role[]): boolean {
  return session !== null && IMPLIED[session.role].some((r) => roles.includes(r));
}

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  officer: 'Officer',
  democratic_services: 'Democratic services',
  member: 'Member',
  leader: 'Leader',
  monitoring_officer: 'Monitoring Officer',
};

/** For tests: a provider with a fixed session and client. */
export function TestSessionProvider({
  children,
  value,
}: {
  children: ReactNode;
  value: Partial<SessionState> & { api: ApiClient };
}) {
  const full: SessionState = {
    session: null,
    checking: false,
    settings: DEFAULT_SETTINGS,
    signIn: () => Promise.reject(new Error('not in tests')),
    signOut: () => undefined,
    ...value,
  };
  return <SessionContext.Provider value={full}>{children}</SessionContext.Provider>;
}
