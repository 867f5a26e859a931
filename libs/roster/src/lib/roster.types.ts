/** A role a member holds: one of the keys of the council's policy file's `roles:`. */
export type MemberRole = string;

/**
 * What the council's rules let a roster say of a member, read from the revision of its policy file
 * in force: a council adds a role, or a body whose chair is told, by revising its file.
 */
export interface RosterRules {
  /** The roles a member may hold (the policy's `roles:` keys). */
  readonly roles: readonly string[];
  /** The roles held for a portfolio, each with why the portfolio is needed. */
  readonly needsPortfolio: Readonly<Record<string, string>>;
  /** The roles only one member may hold at a time (`holders: one`): a single office, such as the Leader. */
  readonly oneHolder: readonly string[];
  /** The bodies a member may chair (the policy's `bodies:` keys). */
  readonly bodies: readonly string[];
}

export interface Member {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** The exact division name from the council's division set. */
  readonly division: string;
  readonly roles: readonly MemberRole[];
  readonly portfolio?: string;
  /** The bodies (the policy's `bodies:` keys) the member chairs. */
  readonly chairs?: readonly string[];
  /** Topics the member has registered an interest in (§34), lower-cased. */
  readonly interests: readonly string[];
  /**
   * A UK mobile number as stored (+447…) for texts; null when the member has none. A file without a
   * mobile column says nothing of it: undefined.
   */
  readonly mobile?: string | null;
}

export interface Officer {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** Services the officer is responsible for (§30), as written. */
  readonly services: readonly string[];
}

export interface Roster {
  readonly members: readonly Member[];
  readonly officers: readonly Officer[];
}

/** A problem in one row of an imported file. Row numbers count the header as row 1, as a spreadsheet does. */
export interface RowProblem {
  readonly row: number;
  readonly column?: string;
  readonly message: string;
}

export type ImportResult<T> =
  | { readonly ok: true; readonly rows: readonly T[]; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };
