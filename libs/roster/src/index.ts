export * from './lib/roster.types';
export { MAX_ROSTER_ROWS, isEmail, unsafeText, withoutInvisibles } from './lib/csv.util';
export { type DivisionLookup, MEMBER_COLUMNS, formatProblems, importMembersCsv } from './lib/import-members';
export { OFFICER_COLUMNS, importOfficersCsv } from './lib/import-officers';
