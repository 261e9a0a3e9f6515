import { Capability } from '@retention/domain';
import { guardedReference } from '@retention/graphql-kit';
import type { EvaluationContext } from '../context';

/** Reports by id for other subgraphs; outside the caller's scope they resolve to null. */
export const reportReference = guardedReference(Capability.REPORT_READ, (reference: { id: string }, ctx: EvaluationContext) =>
  ctx.loaders.reportById.load(reference.id),
);
