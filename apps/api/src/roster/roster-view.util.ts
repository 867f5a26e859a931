import type { MemberEntity, MemberSeatEntity, OfficerEntity } from '@member-alerts/persistence';
import { mobileInWords } from '@member-alerts/roster';

export interface MemberView {
  id: string;
  externalId: string;
  name: string;
  email: string;
  /** The division of the seat held today; null once the member has left. */
  division: string | null;
  roles: string[];
  portfolio: string | null;
  interests: string[];
  /** The bodies the member chairs. */
  chairs: string[];
  active: boolean;
  /** When their personal data was erased; null while it is kept. */
  erasedAt: Date | null;
  /** As people write it: 07700 900123. */
  mobile: string | null;
  /** GOV.UK Notify could not deliver to the address (or number) the member still has, and when. */
  emailFailedAt: Date | null;
  mobileFailedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function memberView(m: MemberEntity, division: string | null): MemberView {
  return {
    id: m.id,
    externalId: m.externalId,
    name: m.name,
    email: m.email,
    division: m.active ? division : null,
    roles: m.roles,
    portfolio: m.portfolio,
    interests: m.interests,
    chairs: m.chairs,
    active: m.active,
    erasedAt: m.erasedAt,
    mobile: m.mobile ? mobileInWords(m.mobile) : null,
    // The mark stands while the address is the one that failed: changing it clears the mark.
    emailFailedAt: m.emailFailed !== null && m.emailFailed === m.email ? m.emailFailedAt : null,
    mobileFailedAt: m.mobileFailed !== null && m.mobileFailed === m.mobile ? m.mobileFailedAt : null,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

export function seatView(s: MemberSeatEntity) {
  return { division: s.divisionName, termStart: s.termStart, termEnd: s.termEnd };
}

export function officerView(o: OfficerEntity) {
  return {
    id: o.id,
    externalId: o.externalId,
    name: o.name,
    email: o.email,
    services: o.services,
    active: o.active,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
