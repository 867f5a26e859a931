import { createHash } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';

/** A registration's Idempotency-Key, scoped to its caller, with the hash of the body it came with. */
export interface IdempotencyClaim {
  readonly councilId: string;
  readonly caller: string;
  readonly key: string;
  readonly requestHash: string;
}

/** How long a key gives back its first answer. */
export const IDEMPOTENCY_HOURS = 24;

// Visible ASCII, as header values are: a UUID, a hash or a producer's own message id all fit.
const KEY = /^[\x21-\x7e]{1,200}$/;

/** JSON with object keys in order, so that the same body sent again hashes the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

export function idempotencyClaim(principal: Principal, key: string, body: unknown): IdempotencyClaim {
  if (!KEY.test(key))
    throw new BadInputError('the Idempotency-Key header must be 1 to 200 visible characters, e.g. a UUID', [
      { field: 'Idempotency-Key', message: 'must be 1 to 200 visible characters, with no spaces' },
    ]);
  const caller = principal.keyId
    ? `key:${principal.keyId}`
    : `person:${principal.officerId ?? principal.memberId ?? principal.name}`;
  return {
    councilId: principal.councilId,
    caller,
    key,
    requestHash: createHash('sha256').update(canonical(body), 'utf8').digest('hex'),
  };
}
