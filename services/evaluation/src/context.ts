import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeOf } from '@retention/auth';
import { Capability } from '@retention/domain';
import type { BaseContext } from '@retention/graphql-kit';
import { ReportService } from './reports/report.service';
import type { EvaluationReportType } from './reports/report.type';

export interface EvaluationContext extends BaseContext {
  reports: ReportService;
  loaders: { reportById: DataLoader<string, EvaluationReportType | null> };
}

export function createEvaluationContext(base: BaseContext, dataSource: DataSource): EvaluationContext {
  const reports = new ReportService(dataSource, scopeOf(base.user, Capability.REPORT_READ));
  return { ...base, reports, loaders: { reportById: reports.createByIdLoader() } };
}
