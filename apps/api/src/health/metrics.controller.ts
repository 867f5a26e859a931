import { Controller, ForbiddenException, Get, Inject, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { extractKey } from '../auth/api-key.util';
import { sameSecret } from '../auth/secret-hash.util';
import { Public } from '../auth/roles.decorator';
import { ApiErrors, ApiTextAnswer } from '../common/api-responses.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiMetrics } from './api-metrics';

// A proxy on this machine connects from loopback too: a request it forwards carries one of these,
// and is a caller from elsewhere.
const FORWARDED = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

function fromThisMachine(req: Request): boolean {
  const address = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  const loopback = address === '::1' || /^127\./.test(address);
  return loopback && FORWARDED.every((h) => req.headers[h] === undefined);
}

@ApiTags('health')
@Controller()
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: ApiMetrics,
  ) {}

  @Get('metrics')
  @Public()
  @ApiOperation({
    summary:
      'Prometheus metrics: requests, events registered, the outbox. With METRICS_TOKEN set, send it as a bearer token; without, only callers on this machine',
  })
  @ApiTextAnswer('text/plain', 'The metrics, in the Prometheus text format')
  @ApiErrors(401, 403)
  async read(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.allow(req);
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }

  private allow(req: Request): void {
    const token = this.config.metricsToken;
    if (token === undefined) {
      if (fromThisMachine(req)) return;
      throw new ForbiddenException(
        'metrics are served only to this machine: set METRICS_TOKEN to read them from elsewhere',
      );
    }
    if (sameSecret(extractKey(req), token)) return;
    throw new UnauthorizedException('send the metrics token: "Authorization: Bearer <METRICS_TOKEN>"');
  }
}
