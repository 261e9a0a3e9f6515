import type { TrainingContext } from '../context';
import type { BranchType } from './branch.type';

/** Resolves `Branch` references from other subgraphs, batched through the request's DataLoader. */
export const branchReference = {
  __resolveReference: (reference: { code: string }, ctx: TrainingContext): Promise<BranchType | null> =>
    ctx.loaders.branchByCode.load(reference.code),
};
