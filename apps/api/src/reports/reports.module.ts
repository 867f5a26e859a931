import { Module } from '@nestjs/common';
import { ComplianceReportService } from './compliance-report.service';
import { ReportsController } from './reports.controller';

/** The compliance report for the Monitoring Officer and democratic services. */
@Module({ controllers: [ReportsController], providers: [ComplianceReportService] })
export class ReportsModule {}
