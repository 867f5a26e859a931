import { z } from 'zod';
import { policyFileSchema } from './policy-file.schema';

/** The published JSON Schema of a policy file (libs/protocol/policy.schema.json), from the one definition. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policyFileSchema, { target: 'draft-2020-12' });
}
