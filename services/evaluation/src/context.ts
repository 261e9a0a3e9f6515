import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeOf } from '@retention/auth';
import { Capability } from '@retention/domain';
import { ConcurrencyBudget, type BaseContext } from '@retention/graphql-kit';
import { AnalysesService } from './analyses/analyses.service';
import { ReportService } from './reports/report.service';
import type { EvaluationReportType } from './reports/report.type';
import { createCampaignLoader } from './results/campaign-info';
import { EvaluationService } from './results/evaluation.service';
import { ResultStore, type ResultRun } from './results/result-store.service';
import { EvaluationError, EvaluationErrorCode } from './evaluation.errors';

export interface EvaluationContext extends BaseContext {
  reports: ReportService;
  evaluation: EvaluationService;
  analyses: AnalysesService;
  loaders: { reportById: DataLoader<string, EvaluationReportType | null> };
}

let recomputeBudget: ConcurrencyBudget | undefined;

/**
 * At most EVALUATION_RECOMPUTE_BUDGET (default 2) recomputes that one user's reads set off
 * at a time in this process; over it SERVICE_BUSY at once (stored runs are never limited).
 */
export function readRecomputeBudget(): ConcurrencyBudget {
  recomputeBudget ??= new ConcurrencyBudget(Number(process.env.EVALUATION_RECOMPUTE_BUDGET ?? 2) || 2);
  return recomputeBudget;
}

export function createEvaluationContext(base: BaseContext, dataSource: DataSource): EvaluationContext {
  const store = new ResultStore(dataSource);
  const campaigns = createCampaignLoader(dataSource);
  // One fresh run per (campaign, month) per request, however many fields ask for it.
  const runs = new DataLoader<string, ResultRun>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [campaignId, month] = key.split('|');
          const campaign = await campaigns.load(campaignId);
          if (!campaign) throw new EvaluationError(EvaluationErrorCode.CAMPAIGN_NOT_FOUND, `campaign ${campaignId} not found`, { field: 'id' });
          return store.fresh(campaign, month, (work) => readRecomputeBudget().run(base.user?.id ?? 'anonymous', work));
        }),
      ),
    { batch: false },
  );
  const evaluation = new EvaluationService(dataSource, store, campaigns, runs, scopeOf(base.user, Capability.EVALUATION_READ));
  const reports = new ReportService(dataSource, {
    user: base.user,
    readScope: scopeOf(base.user, Capability.REPORT_READ),
    writeScope: scopeOf(base.user, Capability.REPORT_WRITE),
    reviewScope: scopeOf(base.user, Capability.REPORT_REVIEW),
    campaigns,
    results: store,
    resolveMonth: (month, field) => evaluation.resolveMonth(month, field),
  });
  return { ...base, reports, evaluation, analyses: new AnalysesService(dataSource), loaders: { reportById: reports.createByIdLoader() } };
}
