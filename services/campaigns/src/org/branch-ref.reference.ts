import type { BranchRef } from './branch-ref.type';

/** Campaigns holds no branch rows of its own: a reference is just its key. */
export const branchRefReference = {
  __resolveReference: (reference: { code: string }): BranchRef => ({ code: reference.code }),
};
