import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from '../api/api-client';
import type { Role, Session, WebSettings } from '../api/types';

const STORAGE_KEY = 'member-alerts.api-key';

export interface SessionState {
  readonly session: Session | null;
  /** True until a stored key has been checked. */
  readonly checking: boolean;
  readonly api: ApiClient;
  readonly settings: WebSettings;
  /** Checks the key with the API and keeps it for this browser tab; throws ApiError when it is refused. */
  readonly signIn: (key: string) => Promise<Session>;
  readonly signOut: () => void;
}

const DEFAULT_SETTINGS: WebSettings = { basemapUrl: null, basemapAttribution: null, devSignIn: false };

const SessionContext = createContext<SessionState | null>(null);

function storedKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(STORAGE_KEY, key);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private browsing without storage: the key lives only in memory.
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [key, setKey] = useState<string | null>(storedKey);
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState<boolean>(key !== null);
  const [settings, setSettings] = useState<WebSettings>(DEFAULT_SETTINGS);

  const signOut = useCallback(() => {
    storeKey(null);
    setKey(null);
    setSession(null);
  }, []);

  const api = useMemo(() => new ApiClient(key, signOut), [key, signOut]);

  useEffect(() => {
    new ApiClient(null)
      .json<WebSettings>('/web/config')
      .then(setSettings)
      .catch(() => setSettings(DEFAULT_SETTINGS));
  }, []);

  useEffect(() => {
    if (!key || session) {
      setChecking(false);
      return;
    }
    let live = true;
    setChecking(true);
    api
      .json<Session>('/auth/session')
      .then((s) => live && setSession(s))
      .catch(() => live && signOut())
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, [api, key, session, signOut]);

  const signIn = useCallback(async (candidate: string) => {
    const s = await new ApiClient(candidate).json<Session>('/auth/session');
    storeKey(candidate);
    setKey(candidate);
    setSession(s);
    return s;
  }, []);

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
};

export function can(session: Session | null, ...roles: Role[]): boolean {
  return session !== null && IMPLIED[session.role].some((r) => roles.includes(r));
}

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  officer: 'Officer',
  democratic_services: 'Democratic services',
  member: 'Member',
  leader: 'Leader',
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
