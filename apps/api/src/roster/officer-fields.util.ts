import { NotFoundException } from '@nestjs/common';
import { OfficerEntity } from '@member-alerts/persistence';
import type { EntityManager } from 'typeorm';
import type { FieldProblem } from '../common/bad-input.error';
import { refWhere } from './member-store.util';
import { fieldsOf, OFFICER_CREATE_BODY_SCHEMA, OFFICER_PATCH_BODY_SCHEMA } from './roster.schema';
import { activeField, labelList, readPerson, type Problems } from './roster-fields.util';

/** An officer as democratic services enter them; §30: the services they are the relevant officer for. */
export interface OfficerFields {
  readonly externalId: string;
  readonly name: string;
  readonly email: string;
  readonly services: readonly string[];
}

export type OfficerPatch = Partial<OfficerFields> & { readonly active?: boolean };

// The fields each route reads are the ones the API's document gives for it.
const CREATE_FIELDS = fieldsOf(OFFICER_CREATE_BODY_SCHEMA);
const PATCH_FIELDS = fieldsOf(OFFICER_PATCH_BODY_SCHEMA);

/** Checks each field given, by the officers CSV's rules, and names every bad one. */
export function readOfficer(
  body: unknown,
  mode: 'create' | 'patch',
): { value: OfficerPatch; problems: Problems } {
  const problems: Problems = [];
  const { b, has, person } = readPerson(
    body,
    mode,
    { create: CREATE_FIELDS, patch: PATCH_FIELDS },
    ['services'],
    problems,
  );
  const value: { -readonly [K in keyof OfficerPatch]: OfficerPatch[K] } = { ...person };
  if (has('services'))
    value.services = labelList(b['services'], 'services', problems, { lowerCase: false, nonEmpty: true });
  if (has('active')) value.active = activeField(b['active'], problems);
  return { value, problems };
}

export function completeOfficer(v: OfficerPatch): OfficerFields | undefined {
  const { externalId, name, email, services } = v;
  if (externalId === undefined || name === undefined || email === undefined || services === undefined)
    return undefined;
  return { externalId, name, email, services };
}

export async function findOfficer(m: EntityManager, councilId: string, ref: string): Promise<OfficerEntity> {
  const where = refWhere(councilId, ref);
  const officer = where ? await m.findOne(OfficerEntity, { where }) : null;
  if (!officer) throw new NotFoundException(`no officer ${JSON.stringify(ref.slice(0, 64))}`);
  return officer;
}

export async function officerIdConflict(
  m: EntityManager,
  councilId: string,
  selfId: string | null,
  externalId: string | undefined,
): Promise<FieldProblem[]> {
  if (!externalId) return [];
  const other = await m.findOne(OfficerEntity, { where: { councilId, externalId } });
  if (!other || other.id === selfId) return [];
  return [{ field: 'externalId', message: `"${externalId}" is already ${other.name}` }];
}
