import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Inject,
  Logger,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  API_ROLES,
  type ApiRole,
  CouncilEntity,
  MemberEntity,
  OfficerEntity,
} from '@member-alerts/persistence';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import { escapeHtml, htmlPage } from '../alerts/acknowledge-page.util';
import { PAGE_HEADERS, sendPage } from '../alerts/acknowledge.controller';
import { SIGN_IN_LINK_MINUTES } from '@member-alerts/auth';
import { EMAIL_LINK_ANSWER, EmailLinkService } from '../auth/email-link.service';
import { OidcService, type PendingLogin } from '../auth/oidc.service';
import { strongestRole } from '../auth/principal';
import { consoleReturnPath } from '../auth/return-path.util';
import { Public } from '../auth/roles.decorator';
import { WebSessionService } from '../auth/web-session.service';
import {
  cookieFlags,
  csrfProblem,
  isOwnOrigin,
  LOGIN_COOKIE,
  readCookie,
  SESSION_COOKIE,
} from '../auth/web-session.util';
import {
  ApiAnswer,
  ApiErrors,
  ApiPageErrors,
  ApiReadsBody,
  ApiTextAnswer,
} from '../common/api-responses.decorator';
import { BOOLEAN, nullable, objectOf, STRING } from '../common/schema.util';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CONSOLE_PATH } from './web-console.controller';

const ASK = 'Ask democratic services at your council';

/**
 * The link's page keeps the token out of other sites' Referer, but not out of its own origin's:
 * with no-referrer at all, Chromium sends the form with `Origin: null`, which the check below
 * must refuse, so the Sign in button could never work.
 */
const LINK_PAGE_HEADERS: Readonly<Record<string, string>> = {
  ...PAGE_HEADERS,
  'Referrer-Policy': 'same-origin',
};

/** A person who cannot be let in is told why and whom to ask, never shown a bare 401. */
function refusalPage(status: number, title: string, detail: string) {
  return htmlPage(status, title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(detail)}</p>`);
}

const REDIRECT = (description: string) =>
  ApiResponse({ status: 302, description, headers: { Location: { schema: { type: 'string' } } } });

/** Single sign-on for the web console through the council's OpenID Connect provider. */
@ApiTags('web console')
@Controller('auth')
export class SignInController {
  private readonly logger = new Logger(SignInController.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly oidc: OidcService,
    private readonly sessions: WebSessionService,
    private readonly emailLinks: EmailLinkService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Post('email-link')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: `Sends a sign-in link to an address on the roster; the answer is the same for any address. The link works once, within ${SIGN_IN_LINK_MINUTES} minutes`,
  })
  @ApiBody({
    schema: objectOf(
      {
        email: STRING,
        returnTo: {
          ...STRING,
          description: 'The console page to open once signed in, a path under /app/ (optional)',
        },
      },
      { optional: ['returnTo'] },
    ),
  })
  @ApiAnswer(objectOf({ message: STRING }), { description: EMAIL_LINK_ANSWER.message })
  @ApiReadsBody()
  emailLink(@Req() req: Request, @Body() body: unknown) {
    return this.emailLinks.request(body, req.ip ?? '');
  }

  @Get('email-link/sign-in')
  @Public()
  @ApiOperation({
    summary: 'The page a sign-in link opens: a button, so a mail scanner following the link uses nothing',
  })
  @ApiTextAnswer('text/html', 'A page with the Sign in button')
  emailLinkPage(@Req() req: Request, @Res() res: Response) {
    const token = typeof req.query['token'] === 'string' ? req.query['token'] : '';
    const action = `?token=${encodeURIComponent(token)}`;
    sendPage(
      res,
      htmlPage(
        200,
        'Sign in to Member Alerts',
        `<h1>Sign in to Member Alerts</h1>
<p>This link works once, within ${SIGN_IN_LINK_MINUTES} minutes of being sent.</p>
<form method="post" action="${escapeHtml(action)}" novalidate>
<button type="submit">Sign in</button>
</form>`,
      ),
      LINK_PAGE_HEADERS,
    );
  }

  @Post('email-link/sign-in')
  @Public()
  @ApiOperation({ summary: 'Uses a sign-in link once: starts a session and opens the console' })
  @REDIRECT('Signed in: to the console, with the session cookie set')
  @ApiPageErrors({ orJson: false }, 400)
  async emailLinkSignIn(@Req() req: Request, @Res() res: Response) {
    const token = typeof req.query['token'] === 'string' ? req.query['token'] : '';
    // Another site's form must not sign the browser in as whoever's link it holds.
    const origin = req.headers.origin;
    if (typeof origin === 'string' && !isOwnOrigin(req, origin, this.config.publicUrl)) {
      return sendPage(
        res,
        refusalPage(
          400,
          'This sign-in link cannot be used here',
          'Open the link from your e-mail, then press Sign in.',
        ),
      );
    }
    const used = await this.emailLinks.consume(token);
    if (!used) {
      return sendPage(
        res,
        refusalPage(
          400,
          'This sign-in link cannot be used',
          `It has been used already, or more than ${SIGN_IN_LINK_MINUTES} minutes have passed since it was sent, or you are no longer on the roster. Go back to Member Alerts and ask for a new link.`,
        ),
      );
    }
    this.startSession(res, used.session, [], used.returnTo);
  }

  @Get('login')
  @Public()
  @ApiOperation({ summary: 'Starts single sign-on: sends the browser to the council’s identity provider' })
  @ApiQuery({
    name: 'returnTo',
    required: false,
    schema: STRING,
    description: 'The console page to open once signed in, a path under /app/; any other address is ignored',
  })
  @REDIRECT('To the provider’s sign-in page (authorization code with PKCE)')
  @ApiErrors(404, 503)
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response) {
    const { url, pending } = await this.oidc.authorizationUrl();
    const login: PendingLogin & { returnTo?: string } = { ...pending };
    const back = consoleReturnPath(returnTo);
    if (back) login.returnTo = back;
    const value = Buffer.from(JSON.stringify(login)).toString('base64url');
    res
      .status(302)
      .set('Cache-Control', 'no-store')
      .set('Set-Cookie', `${LOGIN_COOKIE}=${value}; ${cookieFlags(this.config.publicUrl, 600)}`)
      .set('Location', url)
      .end();
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    summary: 'Finishes single sign-on: checks the answer, starts a session, opens the console',
  })
  @REDIRECT('Signed in: to the console, with the session cookie set')
  @ApiPageErrors({ orJson: false }, 400, 403, 503)
  async callback(@Req() req: Request, @Res() res: Response) {
    const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const clearLogin = `${LOGIN_COOKIE}=; ${cookieFlags(this.config.publicUrl, 0)}`;
    const started = decodeLogin(readCookie(req, LOGIN_COOKIE));
    const pending = readPending(started);
    if (!pending) {
      res.set('Set-Cookie', clearLogin);
      return sendPage(
        res,
        refusalPage(
          400,
          'Sign-in did not finish',
          'The sign-in took too long or was started elsewhere. Go back to Member Alerts and sign in again.',
        ),
      );
    }
    let claims: Readonly<Record<string, unknown>>;
    let idToken: string | null;
    try {
      ({ claims, idToken } = await this.oidc.finish(search, pending));
    } catch (err: unknown) {
      res.set('Set-Cookie', clearLogin);
      if (err instanceof HttpException) {
        return sendPage(res, refusalPage(err.getStatus(), 'Sign-in is not available', err.message));
      }
      this.logger.warn({ err }, 'a sign-in answer from the identity provider was refused');
      return sendPage(
        res,
        refusalPage(
          400,
          'Sign-in did not finish',
          'The answer from your council’s sign-in service could not be checked. Go back to Member Alerts and sign in again.',
        ),
      );
    }
    const outcome = await this.admit(claims, idToken);
    if (typeof outcome !== 'string') {
      res.set('Set-Cookie', clearLogin);
      return sendPage(res, outcome);
    }
    this.startSession(res, outcome, [clearLogin], consoleReturnPath(started?.['returnTo']));
  }

  /** Sets the session cookie and opens the console: the page that asked for sign-in, or its home. */
  private startSession(res: Response, token: string, cookies: readonly string[], returnTo: string | null) {
    res
      .status(302)
      .set('Cache-Control', 'no-store')
      .set('Set-Cookie', [
        ...cookies,
        `${SESSION_COOKIE}=${token}; ${cookieFlags(this.config.publicUrl, this.config.sessionMaxHours * 3600)}`,
      ])
      .set('Location', `${this.config.publicUrl}${returnTo ?? CONSOLE_PATH}`)
      .end();
  }

  @Post('logout')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Signs out: ends the console session on the server, and says where to sign out at the provider',
  })
  @ApiAnswer(objectOf({ signedOut: BOOLEAN, logoutUrl: nullable(STRING) }), {
    description: 'The session is ended; open logoutUrl, when given, to sign out at the provider too',
  })
  @ApiErrors(403, 503)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = readCookie(req, SESSION_COOKIE);
    let idToken: string | null = null;
    if (token) {
      const problem = csrfProblem(req, token, this.config.publicUrl);
      if (problem) throw new HttpException({ statusCode: 403, error: 'Forbidden', message: problem }, 403);
      idToken = (await this.sessions.end(token))?.idToken ?? null;
    }
    res.set('Set-Cookie', `${SESSION_COOKIE}=; ${cookieFlags(this.config.publicUrl, 0)}`);
    return { signedOut: true, logoutUrl: token ? await this.oidc.endSessionUrl(idToken) : null };
  }

  /** The session token for a person with a role who is on the roster, or the page saying why not. */
  private async admit(claims: Readonly<Record<string, unknown>>, idToken: string | null) {
    const { rolesClaim, roleMap } = this.oidc.settings();
    const raw = claims[rolesClaim];
    const names = (Array.isArray(raw) ? raw : [raw]).filter((r): r is string => typeof r === 'string');
    const roles = names.flatMap((n): ApiRole[] => {
      const role = roleMap[n] ?? API_ROLES.find((r) => r === n);
      return role ? [role] : [];
    });
    const role = strongestRole(roles);
    const emailClaim = [claims['email'], claims['preferred_username']].find(
      (v): v is string => typeof v === 'string' && v.includes('@'),
    );
    const bootstrap = await this.bootstrapAdmin(emailClaim?.toLowerCase(), idToken);
    if (bootstrap) return bootstrap;
    if (!role) {
      return refusalPage(
        403,
        'You do not have access to Member Alerts yet',
        `You signed in${emailClaim ? ` as ${emailClaim}` : ''}, but your account has no Member Alerts role. ${ASK} to give you one (officer, member, leader, democratic services or Monitoring Officer).`,
      );
    }
    const email = emailClaim?.toLowerCase();
    const council = await this.db.manager.findOne(CouncilEntity, {
      where: { slug: this.config.councilSlug },
    });
    const staff = role === 'officer' || role === 'democratic_services' || role === 'monitoring_officer';
    const person =
      email && council
        ? await this.db.manager
            .createQueryBuilder(staff ? OfficerEntity : MemberEntity, 'p')
            .where('p.council_id = :council', { council: council.id })
            .andWhere('lower(p.email) = :email', { email })
            .andWhere('p.active')
            .getOne()
        : null;
    if (!council || !email || !person) {
      return refusalPage(
        403,
        'You are not on the Member Alerts roster',
        `You signed in${email ? ` as ${email}` : ''}, but no ${staff ? 'officer' : 'councillor'} with that e-mail address is on the council’s roster. ${ASK} to add you, or to correct your e-mail address there.`,
      );
    }
    return this.sessions.create({
      councilId: council.id,
      role,
      name: person.name,
      email,
      memberId: staff ? null : person.id,
      officerId: staff ? person.id : null,
      idToken,
    });
  }

  /** BOOTSTRAP_ADMIN_EMAIL signs in as democratic services with no role or roster record, audited. */
  private async bootstrapAdmin(email: string | undefined, idToken: string | null) {
    if (!email || email !== this.config.bootstrapAdminEmail) return null;
    const council = await this.emailLinks.council();
    if (!council) return null;
    await appendAudit(this.db.manager, [
      {
        actor: email,
        action: 'sign-in.bootstrap-admin',
        details: { role: 'democratic_services', email, via: 'single-sign-on' },
      },
    ]);
    return this.sessions.create({
      councilId: council.id,
      role: 'democratic_services',
      name: email,
      email,
      memberId: null,
      officerId: null,
      idToken,
    });
  }
}

/** The login cookie's contents: the pending sign-in, and the page to return to. */
function decodeLogin(value: string | undefined): Readonly<Record<string, unknown>> | null {
  if (!value) return null;
  try {
    const p: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return typeof p === 'object' && p !== null ? (p as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function readPending(login: Readonly<Record<string, unknown>> | null): PendingLogin | null {
  if (!login) return null;
  const { state, nonce, verifier } = login;
  return typeof state === 'string' && typeof nonce === 'string' && typeof verifier === 'string'
    ? { state, nonce, verifier }
    : null;
}
