import { ForbiddenException, Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CouncilEntity } from '@member-alerts/persistence';
import { readSnsPayload } from '@member-alerts/producers';
import { DataSource } from 'typeorm';
import { AuditBudget } from '../audit/audit-budget.util';
import { appendAudit } from '../audit/audit.util';
import { BadInputError } from '../common/bad-input.error';
import { illFormedPath } from '../common/request-input.pipe';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ProducerInboxService } from './producer-inbox.service';
import { readSnsMessage, type SnsMessage } from './sns-message.util';
import { isTrustedSnsUrl } from './sns-trust.util';
import { SnsVerifierService } from './sns-verifier.service';

const ACTOR = 'street-manager';
const CONFIRM_TIMEOUT_MS = 10_000;

export interface SnsAnswer {
  result: 'stored' | 'duplicate' | 'subscribed' | 'unsubscribed';
  message: string;
}

export interface ReceiveSnsMessageCommand {
  /** The request body, as text: SNS posts JSON as text/plain. */
  body: unknown;
  /** The x-amz-sns-message-type header, when sent. */
  messageType: string | undefined;
  /** The caller's address, whose refusals are audited only up to a bound. */
  caller: string;
}

function bad(message: string): BadInputError {
  return new BadInputError(message, [{ field: 'body', message }]);
}

/** Parses the body as an SNS message, or says in plain words why it is not one. */
function parse(body: unknown): SnsMessage {
  if (typeof body !== 'string' || body.trim() === '')
    throw bad('send the Amazon SNS message as its JSON text');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw bad('the request body is not valid JSON');
  }
  const at = illFormedPath(value);
  if (at !== undefined) throw bad(`${at || 'the message'} contains text that is not valid Unicode`);
  const m = readSnsMessage(value);
  if (typeof m === 'string') throw bad(m);
  return m;
}

/**
 * A message Street Manager sent through AWS SNS: checked (topic, certificate, signature), then a
 * subscription is confirmed or a notification kept for processing. Refusals are audited.
 */
@Injectable()
export class ReceiveSnsMessageUseCase {
  private readonly logger = new Logger(ReceiveSnsMessageUseCase.name);
  private councilId: string | undefined;
  private readonly auditBudget = new AuditBudget();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verifier: SnsVerifierService,
    private readonly inbox: ProducerInboxService,
  ) {}

  async execute(c: ReceiveSnsMessageCommand): Promise<SnsAnswer> {
    const m = parse(c.body);
    if (c.messageType !== undefined && c.messageType !== m.Type)
      await this.refuse(c.caller, m, 'the message type header does not match the message');
    const checked = await this.verifier.check(m);
    if (!checked.ok) await this.refuse(c.caller, m, checked.reason);
    switch (m.Type) {
      case 'SubscriptionConfirmation':
        return this.confirm(m, c.caller);
      case 'UnsubscribeConfirmation':
        this.logger.log(`Street Manager: unsubscribed from ${m.TopicArn}`);
        await this.audit('producer.unsubscribed', m);
        return { result: 'unsubscribed', message: 'Noted: the subscription has ended' };
      case 'Notification':
        return this.keep(m);
    }
  }

  private async keep(m: SnsMessage): Promise<SnsAnswer> {
    // Its Message is parsed here, once, and kept parsed for processing.
    const { message, ref } = readSnsPayload(m.Message);
    const recorded = await this.inbox.record({
      councilId: await this.council(),
      source: 'street-manager',
      messageId: m.MessageId,
      message: { ...m, Message: message },
      ref,
    });
    if (recorded.duplicate) return { result: 'duplicate', message: 'Already received: nothing changed' };
    this.inbox.processSoon(recorded.id);
    return { result: 'stored', message: 'Received' };
  }

  private async confirm(m: SnsMessage, caller: string): Promise<SnsAnswer> {
    const url = m.SubscribeURL ?? '';
    if (!isTrustedSnsUrl(url, this.config.streetManager.trustedCertUrlPrefix))
      await this.refuse(caller, m, 'the subscription address is not on an Amazon SNS address');
    let ok = false;
    try {
      const r = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(CONFIRM_TIMEOUT_MS) });
      await r.body?.cancel();
      ok = r.ok;
    } catch {
      ok = false;
    }
    if (!ok) {
      this.logger.warn(`Street Manager: could not confirm the subscription to ${m.TopicArn}`);
      throw new ServiceUnavailableException(
        'Amazon SNS could not be reached to confirm the subscription; it will send the request again',
      );
    }
    this.logger.log(`Street Manager: subscription to ${m.TopicArn} confirmed`);
    await this.audit('producer.subscribed', m);
    return { result: 'subscribed', message: 'The subscription is confirmed' };
  }

  /** Audits the refusal (a bounded number per address), then refuses: a 403 naming the failed check. */
  private async refuse(caller: string, m: SnsMessage, reason: string): Promise<never> {
    this.logger.warn(`Street Manager message ${m.MessageId} refused: ${reason}`);
    const turn = this.auditBudget.take(caller);
    if (turn !== 'skip')
      await this.audit(
        'producer.refused',
        m,
        reason,
        turn === 'last' ? { furtherRefusalsNotAudited: true } : {},
      );
    throw new ForbiddenException(`refused: ${reason}`);
  }

  private async audit(
    action: string,
    m: SnsMessage,
    reason?: string,
    extra: Readonly<Record<string, unknown>> = {},
  ): Promise<void> {
    await appendAudit(this.db.manager, [
      {
        actor: ACTOR,
        action,
        details: {
          source: 'street-manager',
          type: m.Type,
          messageId: m.MessageId.slice(0, 200),
          topicArn: m.TopicArn.slice(0, 300),
          ...(reason ? { reason } : {}),
          ...extra,
        },
      },
    ]);
  }

  private async council(): Promise<string> {
    this.councilId ??= (
      await this.db.manager.findOneOrFail(CouncilEntity, { where: { slug: this.config.councilSlug } })
    ).id;
    return this.councilId;
  }
}
