import {
  Controller,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { ApiAnswer, ApiErrors, ApiPageErrors, ApiTextAnswer } from '../common/api-responses.decorator';
import { INTEGER, STRING } from '../common/schema.util';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { checkUuid } from '../events/event-query.service';
import { AcknowledgeAlertUseCase } from './acknowledge-alert.usecase';
import { acknowledgedPage, confirmPage, problemPage, type HtmlPage } from './acknowledge-page.util';
import { AcknowledgerService } from './acknowledger.service';
import { ACKNOWLEDGED_SCHEMA } from './alert.schema';
import { AlertQueryService } from './alert-query.service';
import { linkFrom, requireValidLink } from './signed-link.util';

// The page carries a secret in its address: no referrer, no caching, no framing, nothing loaded.
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
};

export function sendPage(
  res: Response,
  page: HtmlPage,
  headers: Readonly<Record<string, string>> = PAGE_HEADERS,
): void {
  res.status(page.status).set(headers).send(page.html);
}

/** A refusal becomes a page for a person at a browser; anything unexpected goes to the error filter. */
function asPage(e: unknown): HtmlPage {
  if (!(e instanceof HttpException)) throw e;
  const r = e.getResponse();
  const message = typeof r === 'object' && r !== null && 'message' in r ? String(r.message) : e.message;
  return problemPage(e.getStatus(), message);
}

@ApiTags('alerts')
@Controller('alerts')
export class AcknowledgeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly acknowledge: AcknowledgeAlertUseCase,
    private readonly acknowledgers: AcknowledgerService,
    private readonly alerts: AlertQueryService,
  ) {}

  @Get(':id/acknowledge')
  @Public()
  @ApiOperation({
    summary:
      'The page an e-mail link opens: a button that acknowledges, so a mail scanner following the link does not',
  })
  @ApiQuery({ name: 'expires', required: true, schema: INTEGER, description: 'From the signed link' })
  @ApiQuery({ name: 'token', required: true, schema: STRING, description: 'From the signed link' })
  @ApiTextAnswer('text/html', 'What the alert is, and a button to acknowledge it')
  @ApiPageErrors({ orJson: false }, 403, 404, 409, 410)
  // Reading the alert can meet a database that is down; that answer is the error body.
  @ApiErrors(503)
  async page(
    @Param('id') id: string,
    @Query() q: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    try {
      checkUuid(id, 'alert');
      const link = requireValidLink(this.config.ackSecret, id, linkFrom(q));
      sendPage(res, confirmPage(await this.alerts.forLink(id), link));
    } catch (e) {
      sendPage(res, asPage(e));
    }
  }

  @Post(':id/acknowledge')
  // Both answers say 200: a page for the confirmation form, JSON for API clients.
  @HttpCode(HttpStatus.OK)
  @Public()
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Acknowledge an alert: your own, signed in to the console or with a member or leader key, or any, with the signed link from its e-mail',
  })
  @ApiQuery({
    name: 'expires',
    required: false,
    schema: INTEGER,
    description: 'From the signed link, instead of a key',
  })
  @ApiQuery({
    name: 'token',
    required: false,
    schema: STRING,
    description: 'From the signed link, instead of a key',
  })
  @ApiAnswer(ACKNOWLEDGED_SCHEMA, {
    description: 'Acknowledged (or already was): JSON, or a page when the request asks for HTML',
    orPage: true,
  })
  @ApiPageErrors({ orJson: true }, 401, 403, 404, 409, 410)
  @ApiErrors(503)
  async ack(
    @Param('id') id: string,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // The confirmation page's form asks for HTML; API clients get JSON.
    const wantsPage = req.accepts(['application/json', 'text/html']) === 'text/html';
    try {
      const notificationId = checkUuid(id, 'alert');
      const by = await this.acknowledgers.resolve(notificationId, req, q);
      const done = await this.acknowledge.execute({ notificationId, by });
      if (wantsPage) sendPage(res, acknowledgedPage(done.acknowledgedAt));
      else res.status(HttpStatus.OK).json(done);
    } catch (e) {
      if (!wantsPage) throw e;
      sendPage(res, asPage(e));
    }
  }
}
