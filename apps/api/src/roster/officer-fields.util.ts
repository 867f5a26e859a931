import { NotFoundException } from '@nestjs/common';
import { OfficerEntity } from '@member-alerts/persistence';
import type { EntityManager } from 'typeorm';
import type { FieldProblem } from '../common/bad-input.error';
import { refWhere } from './member-store.util';
import {
  emailField,
  externalIdField,
  labelList,
  readObject,
  textField,
  type Problems,
} from './roster-fields.util';

/** An officer as democratic services enter them; §30: the services they are the relevant officer for. */
export interface OfficerFields {
  readonly externalId: string;
  readonly name: string;
  readonly email: string;
  readonly services: readonly string[];
}

export type OfficerPatch = Partial<OfficerFields> & { readonly active?: boolean };

const CREATE_FIELDS = ['externalId', 'id', 'name', 'email', 'services'];
const PATCH_FIELDS = [...CREATE_FIELDS, 'active'];

/** Checks each field given, by the officers CSV's rules, and names every bad one. */
export function readOfficer(
  body: unknown,
  mode: 'create' | 'patch',
): { value: OfficerPatch; problems: Problems } {
  const problems: Problems = [];
  const b = readObject(body, mode === 'create' ? CREATE_FIELDS : PATCH_FIELDS, problems);
  if ('externalId' in b && 'id' in b && b['externalId'] !== b['id'])
    problems.push({ field: 'id', message: 'give externalId or id, not two different ones' });
  const idField = 'id' in b && !('externalId' in b) ? 'id' : 'externalId';
  if (mode === 'create') {
    for (const f of [idField, 'name', 'email', 'services'])
      if (b[f] === undefined) problems.push({ field: f, message: 'is required' });
  }
  const has = (f: string) => b[f] !== undefined;
  const value: { -readonly [K in keyof OfficerPatch]: OfficerPatch[K] } = {};
  if (has(idField)) value.externalId = externalIdField(b[idField], idField, problems);
  if (has('name')) value.name = textField(b['name'], 'name', problems);
  if (has('email')) value.email = emailField(b['email'], 'email', problems);
  if (has('services'))
    value.services = labelList(b['services'], 'services', problems, { lowerCase: false, nonEmpty: true });
  if (has('active')) {
    if (typeof b['active'] === 'boolean') value.active = b['active'];
    else problems.push({ field: 'active', message: 'must be true or false' });
  }
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
