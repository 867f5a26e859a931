import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ApiRole, CouncilEntity, MemberEntity, OfficerEntity } from '@member-alerts/persistence';
import { SignInLinkRepository } from '@member-alerts/outbox';
import { SIGN_IN_LINK_MINUTES, signInLinkToken } from '@member-alerts/auth';
import { isEmail } from '@member-alerts/roster';
import { hashSecret } from './secret-hash.util';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import { BadInputError } from '../common/bad-input.error';
import { TooManyRequestsError } from '../common/too-many-requests.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DispatchService } from '../queue/dispatch.service';
import { EmailLinkLimiter } from './email-link-limiter';
import { consoleReturnPath } from './return-path.util';
import { WebSessionService } from './web-session.service';

/** The one answer to every request, known address or not. */
export const EMAIL_LINK_ANSWER = {
  message: `If that address belongs to someone on the council’s Member Alerts roster, a sign-in link is on its way to it. The link works once, within ${SIGN_IN_LINK_MINUTES} minutes.`,
} as const;

/** Who may sign in with an address, and as what: the roster decides, not the person asking. */
export interface RosterPerson {
  readonly role: ApiRole;
  readonly name: string;
  readonly memberId: string | null;
  readonly officerId: string | null;
  readonly bootstrap: boolean;
}

/** A used link: the session it started, and the console page that asked for it, if any. */
export interface LinkSignIn {
  readonly session: string;
  readonly returnTo: string | null;
}

/** Sign-in by a link sent by e-mail, for councillors whose address is not the council's. */
@Injectable()
export class EmailLinkService {
  private readonly logger = new Logger(EmailLinkService.name);
  private readonly limiter = new EmailLinkLimiter();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatch: DispatchService,
    private readonly sessions: WebSessionService,
    private readonly links: SignInLinkRepository,
  ) {}

  /**
   * Checks the address and the limits, then answers at once: the lookup and the e-mail happen after
   * the answer, so neither its words nor its timing say whether the address is known.
   */
  request(body: unknown, caller: string): typeof EMAIL_LINK_ANSWER {
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const given = fields['email'];
    const email = typeof given === 'string' ? given.trim().toLowerCase() : '';
    if (!isEmail(email)) {
      throw new BadInputError('give the e-mail address to send the sign-in link to', [
        { field: 'email', message: 'must be an e-mail address, such as jo.bloggs@example.org' },
      ]);
    }
    const returnTo = fields['returnTo'] === undefined ? null : consoleReturnPath(fields['returnTo']);
    if (fields['returnTo'] !== undefined && !returnTo) {
      throw new BadInputError('the page to return to after sign-in must be a page of this console', [
        { field: 'returnTo', message: 'must be a path under /app/ on this site, such as /app/alerts' },
      ]);
    }
    const over = this.limiter.take(email, caller);
    if (over) throw new TooManyRequestsError(over.why, over.wait);
    void this.issue(email, returnTo).catch((err: unknown) =>
      this.logger.error({ err }, 'a sign-in link could not be made'),
    );
    return EMAIL_LINK_ANSWER;
  }

  /** Writes the link's row and its audit line in one transaction, then hands the e-mail to the queue. */
  private async issue(email: string, returnTo: string | null): Promise<void> {
    const council = await this.council();
    const person = council ? await this.person(council.id, email) : null;
    if (!council || !person) return;
    // The id is chosen here because the token is made from it, and only the token's hash is stored.
    const linkId = randomUUID();
    await this.db.transaction(async (m) => {
      await this.links.create(m, {
        id: linkId,
        councilId: council.id,
        tokenHash: hashSecret(signInLinkToken(this.config.ackSecret, linkId)),
        email,
        name: person.name,
        role: person.role,
        memberId: person.memberId,
        officerId: person.officerId,
        returnTo,
        expiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000),
      });
      await appendAudit(m, [
        {
          actor: 'sign-in',
          action: 'sign-in-link.requested',
          details: { linkId, to: person.name, role: person.role, bootstrap: person.bootstrap },
        },
      ]);
    });
    await this.dispatch.dispatchSignInLink(linkId);
    // Links a day past their end are swept as new ones are made; the audit log keeps the record.
    await this.links.deleteExpired();
  }

  /**
   * Uses a link once: the session and where to return, or null when it is unknown, used, expired or
   * its person gone. Every query goes through the transaction's own connection: one taken from the
   * pool meanwhile would wait for ever where the pool has one connection (the embedded database).
   */
  async consume(token: string): Promise<LinkSignIn | null> {
    if (!token) return null;
    const hash = hashSecret(token);
    return this.db.transaction(async (m) => {
      const link = await this.links.use(m, hash);
      if (!link) return null;
      // The roster as it is now, not as it was when the link was sent.
      const person = await this.person(link.councilId, link.email, m);
      if (!person) return null;
      await appendAudit(m, [
        {
          actor: person.name,
          action: person.bootstrap ? 'sign-in.bootstrap-admin' : 'sign-in-link.used',
          details: { linkId: link.id, role: person.role, email: link.email, via: 'email-link' },
        },
      ]);
      const session = await this.sessions.create(
        {
          councilId: link.councilId,
          role: person.role,
          name: person.name,
          email: link.email,
          memberId: person.memberId,
          officerId: person.officerId,
          idToken: null,
        },
        m,
      );
      // Checked again: the row may have been written before the check existed.
      return { session, returnTo: consoleReturnPath(link.returnTo) };
    });
  }

  async council(): Promise<CouncilEntity | null> {
    return this.db.manager.findOne(CouncilEntity, { where: { slug: this.config.councilSlug } });
  }

  /**
   * A councillor on the roster (leader if they hold the Leader role, else member), an officer, or
   * the BOOTSTRAP_ADMIN_EMAIL person as democratic services. The roster has no democratic services
   * flag for officers: that role comes only from single sign-on's roles, or the bootstrap setting.
   */
  async person(
    councilId: string,
    email: string,
    m: EntityManager = this.db.manager,
  ): Promise<RosterPerson | null> {
    if (email === this.config.bootstrapAdminEmail) {
      return { role: 'democratic_services', name: email, memberId: null, officerId: null, bootstrap: true };
    }
    const member = await m
      .createQueryBuilder(MemberEntity, 'p')
      .where('p.council_id = :councilId AND lower(p.email) = :email AND p.active', { councilId, email })
      .getOne();
    if (member) {
      const role = member.roles.includes('leader') ? 'leader' : 'member';
      return { role, name: member.name, memberId: member.id, officerId: null, bootstrap: false };
    }
    const officer = await m
      .createQueryBuilder(OfficerEntity, 'p')
      .where('p.council_id = :councilId AND lower(p.email) = :email AND p.active', { councilId, email })
      .getOne();
    return officer
      ? { role: 'officer', name: officer.name, memberId: null, officerId: officer.id, bootstrap: false }
      : null;
  }
}
