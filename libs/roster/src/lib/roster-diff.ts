import { mobileInWords } from './mobile-number';
import type { Member, Officer } from './roster.types';

/** A person as the roster holds them now: inactive people have left; a member who left has no seat. */
export type MemberState = Omit<Member, 'division'> & { readonly division: string | null };
export type Stored<T> = T & { readonly active: boolean };

export interface FieldChange {
  readonly field: string;
  readonly from: string;
  readonly to: string;
  /** In plain words, e.g. "Division: Oadby → Wigston Poplars". */
  readonly text: string;
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export interface PersonChange extends PersonRef {
  readonly changes: readonly FieldChange[];
}

/** What an import would do, before anything is stored. */
export interface RosterDiff {
  readonly added: readonly PersonRef[];
  readonly changed: readonly PersonChange[];
  readonly unchanged: number;
  /** On the roster but not in the file, and "remove people not in this file" was chosen. */
  readonly leaving: readonly PersonRef[];
  /** On the roster but not in the file, and staying because removal was not chosen. */
  readonly kept: readonly PersonRef[];
}

interface FieldDef<T> {
  readonly label: string;
  readonly show: (p: T) => string;
  /** False when a file says nothing of this field (an optional column left out): it stays as it is. */
  readonly given?: (p: T) => boolean;
}

const NONE = '(none)';
const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : NONE);

const MEMBER_FIELDS: readonly FieldDef<MemberState>[] = [
  { label: 'Name', show: (m) => m.name },
  { label: 'E-mail', show: (m) => m.email },
  { label: 'Division', show: (m) => m.division ?? NONE },
  { label: 'Roles', show: (m) => list(m.roles.map((r) => r.replace(/_/g, ' '))) },
  { label: 'Portfolio', show: (m) => m.portfolio || NONE },
  { label: 'Interests', show: (m) => list(m.interests) },
  { label: 'Chairs', show: (m) => list((m.chairs ?? []).map((b) => b.replace(/_/g, ' '))) },
  {
    label: 'Mobile',
    show: (m) => (m.mobile ? mobileInWords(m.mobile) : NONE),
    given: (m) => m.mobile !== undefined,
  },
];

const OFFICER_FIELDS: readonly FieldDef<Officer>[] = [
  { label: 'Name', show: (o) => o.name },
  { label: 'E-mail', show: (o) => o.email },
  { label: 'Services', show: (o) => list(o.services) },
];

const change = (field: string, from: string, to: string): FieldChange => ({
  field,
  from,
  to,
  text: `${field}: ${from} → ${to}`,
});

/**
 * Who an import adds, who it changes (field by field) and who is not in the file, matched on the
 * council's id. People missing from the file leave only when `removeMissing` was chosen.
 */
function diffRoster<T extends PersonRef>(
  current: readonly Stored<T>[],
  file: readonly T[],
  fields: readonly FieldDef<T>[],
  removeMissing: boolean,
): RosterDiff {
  const byId = new Map(current.map((p) => [p.id, p]));
  const added: PersonRef[] = [];
  const changed: PersonChange[] = [];
  let unchanged = 0;
  for (const row of file) {
    const was = byId.get(row.id);
    if (!was) {
      added.push({ id: row.id, name: row.name });
      continue;
    }
    const changes = fields.flatMap((f) => {
      if (f.given && !f.given(row)) return [];
      const from = f.show(was);
      const to = f.show(row);
      return from === to ? [] : [change(f.label, from, to)];
    });
    if (!was.active) changes.unshift(change('Status', 'left the roster', 'on the roster'));
    if (changes.length) changed.push({ id: row.id, name: row.name, changes });
    else unchanged++;
  }
  const inFile = new Set(file.map((r) => r.id));
  const missing = current
    .filter((p) => p.active && !inFile.has(p.id))
    .map((p) => ({ id: p.id, name: p.name }));
  return {
    added,
    changed,
    unchanged,
    leaving: removeMissing ? missing : [],
    kept: removeMissing ? [] : missing,
  };
}

export const diffMembers = (
  current: readonly Stored<MemberState>[],
  file: readonly Member[],
  removeMissing: boolean,
): RosterDiff => diffRoster<MemberState>(current, file, MEMBER_FIELDS, removeMissing);

export const diffOfficers = (
  current: readonly Stored<Officer>[],
  file: readonly Officer[],
  removeMissing: boolean,
): RosterDiff => diffRoster<Officer>(current, file, OFFICER_FIELDS, removeMissing);

/**
 * A file that would remove more than a quarter of the roster must have its count typed back, so a
 * one-row file cannot empty the roster with a single click.
 */
export const needsTypedCount = (diff: RosterDiff, rosterSize: number): boolean =>
  diff.leaving.length > 0 && diff.leaving.length * 4 > rosterSize;
