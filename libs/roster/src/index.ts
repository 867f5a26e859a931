export * from './lib/roster.types';
export { MAX_EMAIL_LENGTH, isEmail } from './lib/email-address';
export { MOBILE_RULE, mobileInWords, ukMobile } from './lib/mobile-number';
export { MAX_ROSTER_ROWS, defused, undefused, unsafeText, withoutInvisibles } from './lib/csv.util';
export {
  type DivisionLookup,
  MEMBER_COLUMNS,
  asKey,
  formatProblems,
  importMembersCsv,
  missingPortfolio,
  tooManyMembers,
  unknownBody,
  unknownRole,
} from './lib/import-members';
export { OFFICER_COLUMNS, importOfficersCsv } from './lib/import-officers';
export {
  type FieldChange,
  type MemberState,
  type PersonChange,
  type PersonRef,
  type RosterDiff,
  type Stored,
  diffMembers,
  diffOfficers,
  needsTypedCount,
} from './lib/roster-diff';
