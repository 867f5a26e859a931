import type { OpenAPIObject } from '@nestjs/swagger';
import { COUNCIL_BODIES, COUNCIL_KINDS, COUNCIL_ROLES, type Policy } from '@member-alerts/protocol';

const keysOf = (records: readonly Readonly<Record<string, unknown>>[]) => [
  ...new Set(records.flatMap((r) => Object.keys(r))),
];

/**
 * The document lists the council's own kinds, bodies and roles wherever a field takes one: the
 * schemas say only "one of the council's", and the policies given (every revision the council has
 * published) say which. Changes the document in place, so whoever serves it serves the new lists.
 */
export function withCouncilEnums(doc: OpenAPIObject, policies: readonly Policy[]): OpenAPIObject {
  const values: Readonly<Record<string, readonly string[]>> = {
    [COUNCIL_KINDS]: keysOf(policies.map((p) => p.kinds)),
    [COUNCIL_BODIES]: keysOf(policies.map((p) => p.bodies ?? {})),
    [COUNCIL_ROLES]: keysOf(policies.map((p) => p.roles ?? {})),
  };
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    const schema = node as Record<string, unknown>;
    const description = schema['description'];
    const listed = typeof description === 'string' ? values[description] : undefined;
    if (listed && schema['type'] === 'string') schema['enum'] = [...listed];
    Object.values(schema).forEach(visit);
  };
  visit(doc);
  return doc;
}
