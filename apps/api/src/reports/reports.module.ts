import { Module } from '@nestjs/common';
import { ComplianceReportService } from './compliance-report.service';
import { MemberRecordService } from './member-record.service';
import { ReportsController } from './reports.controller';

/** The compliance report for the Monitoring Officer and democratic services, and each councillor's own record. */
@Module({ controllers: [ReportsController], providers: [ComplianceReportService, MemberRecordService] })
export class ReportsModule {}
