import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { ApiAnswer } from '../common/api-responses.decorator';
import { objectOf, oneOfStrings } from '../common/schema.util';
import { DispatchService } from '../queue/dispatch.service';

const UP_DOWN = oneOfStrings(['up', 'down']);
const READINESS = objectOf({
  status: oneOfStrings(['ok', 'degraded']),
  checks: objectOf({ database: UP_DOWN, redis: UP_DOWN }),
});

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatch: DispatchService,
  ) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Readiness: the database and Redis both answer' })
  @ApiAnswer(READINESS, { description: 'Both answer' })
  @ApiAnswer(READINESS, { status: 503, description: 'One of them does not: which, in checks' })
  async health(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([
      this.db.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      this.dispatch.ping(),
    ]);
    const ok = database && redis;
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ok ? 'ok' : 'degraded',
      checks: { database: database ? 'up' : 'down', redis: redis ? 'up' : 'down' },
    });
  }

  @Get('health/live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiAnswer(objectOf({ status: oneOfStrings(['ok']) }), { description: 'The process answers' })
  live() {
    return { status: 'ok' };
  }
}
