// Outside production, with ACK_SECRET unset, the API and the worker sign and check acknowledgement
// links with a secret made once per data directory, so no two installations share one and none is
// in the source (a constant there let anyone forge a link to acknowledge another member's alert).
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEVELOPMENT_ACK_SECRET_FILE = 'ack-secret';

function isExisting(e: unknown): boolean {
  return e instanceof Error && 'code' in e && e.code === 'EEXIST';
}

/**
 * The development secret in `<dataDir>/ack-secret`, made (owner-only, mode 0600) if it is not there.
 * Whichever process comes first makes it; the other reads the same one.
 */
export function developmentAckSecret(dataDir: string): string {
  const file = join(dataDir, DEVELOPMENT_ACK_SECRET_FILE);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Written whole under a private name, then linked into place: a process starting at the same
  // moment finds either no file or the complete one, never half of it.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, file);
  } catch (e) {
    if (!isExisting(e)) throw e;
  } finally {
    unlinkSync(draft);
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) {
    throw new Error(
      `${file} holds fewer than 32 characters: delete it to make a new one (links already sent stop working)`,
    );
  }
  return secret;
}

/**
 * ACK_SECRET for the API and the worker alike: required in production, else the data directory's
 * own. Adds to `problems` what is wrong, for the configuration error that stops start-up.
 */
export function ackSecretSetting(
  given: string | undefined,
  dataDir: string,
  production: boolean,
  problems: string[],
): string {
  if (given) {
    if (given.length < 32) problems.push('ACK_SECRET must be at least 32 characters');
    return given;
  }
  if (production) {
    problems.push(
      'ACK_SECRET is required in production (32 or more random characters, the same for the API and the worker)',
    );
    return '';
  }
  try {
    return developmentAckSecret(dataDir);
  } catch (e) {
    problems.push(
      `ACK_SECRET is unset, and the development secret could not be kept in DATA_DIR (${dataDir}): ${e instanceof Error ? e.message : String(e)}`,
    );
    return '';
  }
}
