import type { OpenAPIObject } from '@nestjs/swagger';
import { COUNCIL_BODIES, COUNCIL_KINDS, COUNCIL_ROLES, type Policy } from '@member-alerts/protocol';

/**
 * The document lists the council's own kinds, bodies and roles wherever a field takes one: the
 * schemas say only "one of the council's", and the policy the API booted with says which.
 */
export function withCouncilEnums(doc: OpenAPIObject, policy: Policy): OpenAPIObject {
  const values: Readonly<Record<string, readonly string[]>> = {
    [COUNCIL_KINDS]: Object.keys(policy.kinds),
    [COUNCIL_BODIES]: Object.keys(policy.bodies ?? {}),
    [COUNCIL_ROLES]: Object.keys(policy.roles ?? {}),
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
