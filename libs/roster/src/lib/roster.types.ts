export const MEMBER_ROLES = ['leader', 'deputy_leader', 'cabinet_lead_member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface Member {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** The exact division name from the council's division set. */
  readonly division: string;
  readonly roles: readonly MemberRole[];
  readonly portfolio?: string;
  /** Topics the member has registered an interest in (§34), lower-cased. */
  readonly interests: readonly string[];
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
