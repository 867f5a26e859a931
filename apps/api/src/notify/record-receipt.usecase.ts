import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository, type ReceiptRecorded } from '@member-alerts/outbox';
import { DELIVERY_STATUSES, type DeliveryStatus, MemberEntity } from '@member-alerts/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError, type FieldProblem } from '../common/bad-input.error';

// Notify writes times with microseconds: "2017-05-14T12:15:30.000000Z".
const NOTIFY_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

export interface Receipt {
  readonly providerId: string;
  readonly reference: string | null;
  readonly status: DeliveryStatus;
  /** When Notify last changed the status: completed, else sent, else created. */
  readonly at: Date;
}

export type ReceiptAnswer = { result: 'recorded' | 'unchanged' | 'ignored'; message: string };

/** Reads Notify's receipt by its documentation, naming every field at fault. */
export function readReceipt(body: unknown): Receipt {
  const b = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const problems: FieldProblem[] = [];
  const text = (field: string): string | undefined => {
    const v = b[field];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (v !== null && v !== undefined) problems.push({ field, message: 'must be text' });
    return undefined;
  };
  const time = (field: string): Date | undefined => {
    const v = text(field);
    if (v === undefined) return undefined;
    const t = NOTIFY_TIME.test(v) ? new Date(v.replace(/(\.\d{3})\d+/, '$1')) : undefined;
    if (!t || Number.isNaN(t.getTime()))
      problems.push({ field, message: 'must be a time such as 2017-05-14T12:15:30.000000Z' });
    return t && !Number.isNaN(t.getTime()) ? t : undefined;
  };
  const providerId = text('id');
  if (providerId === undefined)
    problems.push({ field: 'id', message: 'is required: Notify’s id for the message' });
  const status = DELIVERY_STATUSES.find((s) => s === b['status']);
  if (!status) problems.push({ field: 'status', message: `must be one of ${DELIVERY_STATUSES.join(', ')}` });
  const created = time('created_at');
  if (b['created_at'] === undefined || b['created_at'] === null)
    problems.push({ field: 'created_at', message: 'is required: when the message was sent to Notify' });
  const at = time('completed_at') ?? time('sent_at') ?? created;
  const reference = text('reference') ?? null;
  if (problems.length || !providerId || !status || !at)
    throw new BadInputError('the delivery receipt has problems', problems);
  return { providerId, reference, status, at };
}

/**
 * Stores a delivery receipt on its outbox row. The row is found by our reference (its id); a status
 * only moves forward, so the same receipt again, or an earlier one arriving late, changes nothing.
 * A receipt saying the address (or number) does not exist marks the member's, for democratic
 * services to correct, while the member still has that address. A receipt for a message not in
 * the outbox is answered 2xx and ignored: Notify retries only 5xx and 429, and no retry could make
 * it known. When the receipt cannot be stored the answer is 503, so that Notify sends it again.
 */
@Injectable()
export class RecordReceiptUseCase {
  private readonly logger = new Logger('NotifyReceipts');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(receipt: Receipt): Promise<ReceiptAnswer> {
    const { reference } = receipt;
    if (reference === null) return this.ignored(receipt, 'it names no reference');
    let outcome;
    try {
      outcome = await this.db.transaction(async (m) => {
        const o = await this.notifications.recordReceipt(m, { ...receipt, reference });
        if (o.outcome === 'recorded' && o.row.deliveryStatus === 'permanent-failure')
          await markAddress(m, o.row);
        return o;
      });
    } catch (err) {
      this.logger.error({ err, reference }, 'a delivery receipt could not be stored');
      throw new ServiceUnavailableException(
        'the delivery receipt could not be stored; nothing was changed, and it may be sent again',
      );
    }
    if (outcome.outcome === 'unknown')
      return this.ignored(receipt, 'no message in the outbox has that reference');
    if (outcome.outcome === 'unchanged')
      return {
        result: 'unchanged',
        message: 'the message already has this or a later receipt; nothing changed',
      };
    return { result: 'recorded', message: `the message is recorded as ${receipt.status}` };
  }

  private ignored(receipt: Receipt, why: string): ReceiptAnswer {
    this.logger.warn(
      { providerId: receipt.providerId, reference: receipt.reference },
      `receipt ignored: ${why}`,
    );
    return { result: 'ignored', message: `the receipt was ignored: ${why}` };
  }
}

/** Marks the member's address or number that Notify could not deliver to, if it is still theirs. */
async function markAddress(m: EntityManager, row: ReceiptRecorded): Promise<void> {
  if (row.recipientKind !== 'member') return;
  if (row.channel === 'sms' && row.mobile)
    await m.update(
      MemberEntity,
      { id: row.recipientId, mobile: row.mobile },
      { mobileFailed: row.mobile, mobileFailedAt: row.deliveryAt },
    );
  else if (row.channel === 'email' && row.email)
    await m.update(
      MemberEntity,
      { id: row.recipientId, email: row.email },
      { emailFailed: row.email, emailFailedAt: row.deliveryAt },
    );
}
