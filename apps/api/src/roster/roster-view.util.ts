import type { MemberEntity, MemberSeatEntity, OfficerEntity } from '@member-alerts/persistence';

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
