import { scopeReachesBranch } from '@retention/auth';
import { Capability } from '@retention/domain';
import { guardedReference } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';

/** Resolves `Branch` references from other subgraphs, batched, as far as the caller may see branches. */
export const branchReference = guardedReference(Capability.ORG_READ, (reference: { code: string }, ctx: TrainingContext, scope) =>
  scopeReachesBranch(scope, reference.code) ? ctx.loaders.branchByCode.load(reference.code) : null,
);
