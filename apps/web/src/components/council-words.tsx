import type { ConsolePolicy } from '@member-alerts/protocol/event';
import { useContext, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { SessionContext } from '../auth/session-context';

/** The council's own words the console shows, from the rules the API serves. */
export interface CouncilWording {
  /** A kind of event as the council's rules name it: "Road works (§35)". */
  readonly kindLabel: (kind: string | null | undefined) => string;
  /** A role as a sentence names it: "the Leader". */
  readonly roleWords: (role: string) => string;
  /** A role as its holder is called: "Cabinet Lead Member". */
  readonly roleTitle: (role: string) => string;
  /** The roles the council's rules name, in their order. */
  readonly roles: readonly string[];
  /** The roles held for a portfolio, as a sentence names them: "a Cabinet Lead Member". */
  readonly portfolioRoles: readonly string[];
  /** The bodies reports go to, in the rules' order, and each one as a sentence names it ("the Cabinet"). */
  readonly bodies: readonly string[];
  readonly bodyLabel: (body: string) => string;
  /** Its whole area, as a line starts ("The whole borough"). */
  readonly wholeArea: string;
}

const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

export function councilWording(policy: ConsolePolicy | null): CouncilWording {
  const kinds = new Map((policy?.kinds ?? []).map((k) => [k.key, k.label]));
  const roles = new Map((policy?.roles ?? []).map((r) => [r.key, r]));
  const bodies = new Map((policy?.bodies ?? []).map((b) => [b.key, b.label]));
  return {
    kindLabel: (k) => (k ? (kinds.get(k) ?? k) : 'event'),
    roleWords: (role) => roles.get(role)?.label ?? role,
    roleTitle: (role) => {
      const r = roles.get(role);
      return r?.title ?? (r ? capital(r.label) : role);
    },
    roles: [...roles.keys()],
    portfolioRoles: [...roles.values()].filter((r) => r.needsPortfolio).map((r) => r.label),
    bodies: [...bodies.keys()],
    bodyLabel: (body) => bodies.get(body) ?? body,
    wholeArea: capital(policy?.council.area.whole ?? 'the whole area'),
  };
}

const served = new WeakMap<ApiClient, Promise<ConsolePolicy>>();

// One fetch per signed-in client, however many components ask; a failed one is asked again.
function rulesOf(api: ApiClient): Promise<ConsolePolicy> {
  let p = served.get(api);
  if (!p) {
    p = api.json<ConsolePolicy>('/policy');
    served.set(api, p);
    p.catch(() => served.delete(api));
  }
  return p;
}

/**
 * The council's words, from the rules the API serves. Until they arrive, and outside a session (a
 * single component under test), kinds and roles read as their keys.
 */
export function useCouncilWords(): CouncilWording {
  const api = useContext(SessionContext)?.api;
  const [policy, setPolicy] = useState<ConsolePolicy | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    rulesOf(api).then(
      (p) => live && setPolicy(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return useMemo(() => councilWording(policy), [policy]);
}
