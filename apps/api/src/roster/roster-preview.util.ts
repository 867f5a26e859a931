import { createHash, randomBytes } from 'node:crypto';
import { hashSecret } from '../auth/secret-hash.util';
import { ConflictException, GoneException, NotFoundException } from '@nestjs/common';
import { RosterImportPreviewEntity, type RosterList } from '@member-alerts/persistence';
import { needsTypedCount, type RosterDiff } from '@member-alerts/roster';
import type { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';

export interface PreviewImportCommand {
  readonly principal: Principal;
  readonly body: unknown;
  readonly removeMissing: boolean;
}

export interface ConfirmImportCommand {
  readonly principal: Principal;
  readonly token: string;
  readonly body: unknown;
}

/** How long a preview can be confirmed: long enough to read it, short enough that it is still true. */
export const PREVIEW_MINUTES = 30;

export interface ImportPreview extends RosterDiff {
  readonly token: string;
  readonly expiresAt: string;
  readonly removeMissing: boolean;
  readonly rosterSize: number;
  /** More than a quarter of the roster would leave: the confirmation must type the count back. */
  readonly removeCountRequired: boolean;
  readonly warnings: readonly string[];
}

/** The roster as it stands, in a form that changes whenever anything an import compares changes. */
export function rosterFingerprint(state: unknown): string {
  return createHash('sha256').update(JSON.stringify(state)).digest('hex');
}

/** `?remove=missing` asks that people not in the file leave; nothing else is accepted. */
export function removeMissingFlag(remove: string | undefined): boolean {
  if (remove === undefined || remove === '') return false;
  if (remove === 'missing') return true;
  throw new BadInputError('remove must be "missing" (people not in the file leave) or left out', [
    { field: 'remove', message: 'expected "missing"' },
  ]);
}

/** Stores the checked rows and what they would do, and answers with the token that confirms them. */
export async function savePreview(
  m: EntityManager,
  opts: {
    readonly councilId: string;
    readonly list: RosterList;
    readonly actor: string;
    readonly rows: readonly object[];
    readonly diff: RosterDiff;
    readonly removeMissing: boolean;
    readonly rosterSize: number;
    readonly warnings: readonly string[];
    readonly fingerprint: string;
  },
): Promise<ImportPreview> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + PREVIEW_MINUTES * 60_000);
  const preview = {
    ...opts.diff,
    removeMissing: opts.removeMissing,
    rosterSize: opts.rosterSize,
    removeCountRequired: needsTypedCount(opts.diff, opts.rosterSize),
    warnings: opts.warnings,
  };
  const saved = await m.save(
    m.create(RosterImportPreviewEntity, {
      councilId: opts.councilId,
      list: opts.list,
      tokenHash: hashSecret(token),
      actor: opts.actor,
      removeMissing: opts.removeMissing,
      rows: [...opts.rows],
      preview,
      fingerprint: opts.fingerprint,
      expiresAt,
      confirmedAt: null,
    }),
  );
  await appendAudit(m, [
    {
      actor: opts.actor,
      action: 'roster.import_previewed',
      details: {
        list: opts.list,
        previewId: saved.id,
        removeMissing: opts.removeMissing,
        added: opts.diff.added.length,
        changed: opts.diff.changed.length,
        unchanged: opts.diff.unchanged,
        leaving: opts.diff.leaving.map((p) => p.id),
        kept: opts.diff.kept.length,
      },
    },
  ]);
  return { token, expiresAt: expiresAt.toISOString(), ...preview };
}

/**
 * The preview a token confirms, locked for this transaction, refused when unknown, already
 * confirmed or expired; and, when many would leave, the count typed back must match.
 */
export async function previewToConfirm(
  m: EntityManager,
  opts: { councilId: string; list: RosterList; token: string; body: unknown },
): Promise<{ entity: RosterImportPreviewEntity; preview: ImportPreview }> {
  const entity = await m.findOne(RosterImportPreviewEntity, {
    where: { councilId: opts.councilId, list: opts.list, tokenHash: hashSecret(opts.token) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!entity) throw new NotFoundException(`no such ${opts.list} import preview; preview the file again`);
  if (entity.confirmedAt)
    throw new GoneException('this preview was already confirmed; preview the file again to import it again');
  if (entity.expiresAt.getTime() < Date.now())
    throw new GoneException(`this preview expired after ${PREVIEW_MINUTES} minutes; preview the file again`);
  const preview = entity.preview as ImportPreview;
  if (preview.removeCountRequired) {
    const typed =
      typeof opts.body === 'object' && opts.body !== null && 'removeCount' in opts.body
        ? opts.body.removeCount
        : undefined;
    if (typed !== preview.leaving.length)
      throw new BadInputError(
        `this file removes ${preview.leaving.length} of ${preview.rosterSize} from the roster: type that number back as removeCount to confirm`,
        [{ field: 'removeCount', message: `expected ${preview.leaving.length}` }],
      );
  }
  return { entity, preview };
}

export async function markConfirmed(m: EntityManager, entity: RosterImportPreviewEntity): Promise<void> {
  await m.update(RosterImportPreviewEntity, { id: entity.id }, { confirmedAt: new Date() });
}

export const staleRoster = () =>
  new ConflictException('the roster changed since this preview; preview the file again');
