import type { EvaluationContext } from '../context';
import type { EvaluationReportType } from './report.type';

export const reportReference = {
  __resolveReference: (reference: { id: string }, ctx: EvaluationContext): Promise<EvaluationReportType | null> =>
    ctx.loaders.reportById.load(reference.id),
};
