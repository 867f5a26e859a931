import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { BadInputError } from '../common/bad-input.error';
import { ApiAnswer, ApiErrors, ApiKeyRequired, ApiTextAnswer } from '../common/api-responses.decorator';
import { complianceCsv, csvFileName } from './compliance-csv.util';
import { ComplianceReportService, type ReportFilter } from './compliance-report.service';
import { FIGURES, type Figure } from '@member-alerts/outbox';
import { MemberRecordService } from './member-record.service';
import {
  COMPLIANCE_REPORT_SCHEMA,
  FIGURE_EVENTS_SCHEMA,
  MEMBER_RECORD_SCHEMA,
  PeriodQueries,
  ReportFilterQueries,
} from './reports.schema';
import { reportPeriod } from './report-period.util';

type Query = Readonly<Record<string, string | undefined>>;

function filterOf(q: Query): ReportFilter {
  const text = (name: 'kind' | 'service' | 'division') => (q[name]?.trim() ? { [name]: q[name].trim() } : {});
  return { ...text('kind'), ...text('service'), ...text('division') };
}

function figureOf(v: string | undefined): Figure {
  const f = FIGURES.find((x) => x === v);
  if (f) return f;
  const message = `must be one of ${FIGURES.join(', ')}`;
  throw new BadInputError(`figure ${message}`, [{ field: 'figure', message }]);
}

@ApiTags('reports')
@ApiKeyRequired()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ComplianceReportService,
    private readonly records: MemberRecordService,
  ) {}

  @Get('reports/compliance')
  @Roles('democratic_services', 'monitoring_officer')
  @ApiOperation({
    summary: 'How well the protocol was kept over a period: figures for each kind, service and month',
    description:
      'Events registered in the period (London days), and each member’s first notice of them: on time, late or after the event against the council’s rules, failed, acknowledged within 7 days, escalated or held. Names no officer.',
  })
  @ReportFilterQueries()
  @ApiAnswer(COMPLIANCE_REPORT_SCHEMA, { description: 'The report' })
  @ApiErrors(400)
  async compliance(@CurrentPrincipal() p: Principal, @Query() q: Query) {
    return this.reports.report(p, reportPeriod(q, new Date()), filterOf(q));
  }

  @Get('reports/compliance.csv')
  @Roles('democratic_services', 'monitoring_officer')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The compliance report as CSV for a spreadsheet, with the same filters' })
  @ReportFilterQueries()
  @ApiTextAnswer(
    'text/csv',
    'One line for the whole period, then one per kind, service and month, with a header row',
  )
  @ApiErrors(400)
  async complianceCsv(
    @CurrentPrincipal() p: Principal,
    @Query() q: Query,
    @Res({ passthrough: true }) res: Response,
  ) {
    const report = await this.reports.report(p, reportPeriod(q, new Date()), filterOf(q));
    res.set('Content-Disposition', `attachment; filename="${csvFileName(report)}"`);
    return complianceCsv(report);
  }

  @Get('reports/compliance/events')
  @Roles('democratic_services', 'monitoring_officer')
  @ApiOperation({ summary: 'The events behind one figure of the compliance report, newest first' })
  @ApiQuery({ name: 'figure', required: true, schema: { type: 'string', enum: [...FIGURES] } })
  @ReportFilterQueries()
  @ApiAnswer(FIGURE_EVENTS_SCHEMA, { description: 'The events the figure counts (at most 500)' })
  @ApiErrors(400)
  async figureEvents(@CurrentPrincipal() p: Principal, @Query() q: Query) {
    const figure = figureOf(q['figure']);
    return this.reports.events(p, reportPeriod(q, new Date()), filterOf(q), figure);
  }

  @Get('members/me/record')
  @Roles('member', 'leader')
  @ApiOperation({
    summary: 'Your own record over a period: what you were told, when, and what you acknowledged',
  })
  @PeriodQueries()
  @ApiAnswer(MEMBER_RECORD_SCHEMA, {
    description: 'Your alerts in the period, newest first, with their totals',
  })
  @ApiErrors(400)
  async memberRecord(@CurrentPrincipal() p: Principal, @Query() q: Query) {
    return this.records.record(p, reportPeriod(q, new Date()));
  }
}
