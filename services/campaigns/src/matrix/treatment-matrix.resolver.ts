import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { CampaignsContext } from '../context';
import { TreatmentMatrixService } from './treatment-matrix.service';
import { TreatmentMatrixVersionType, TreatmentRowInput, TreatmentRowType } from './treatment-matrix.type';

@Resolver(() => TreatmentRowType)
export class TreatmentMatrixResolver {
  @Authorized(Capability.CAMPAIGN_READ)
  @Query(() => [TreatmentRowType], { description: 'The treatment matrix (latest version unless one is given), one row per retention class.' })
  treatmentMatrix(@Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: CampaignsContext): Promise<TreatmentRowType[]> {
    return new TreatmentMatrixService(ctx.dataSource).rows(version);
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @Query(() => [Int], { description: 'Versions of the treatment matrix, newest first.' })
  treatmentMatrixVersions(@Ctx() ctx: CampaignsContext): Promise<number[]> {
    return new TreatmentMatrixService(ctx.dataSource).versions();
  }

  @Authorized(Capability.CAMPAIGN_READ)
  @Query(() => [TreatmentMatrixVersionType], { description: 'Every version of the treatment matrix with who saved it and when, newest first.' })
  treatmentMatrixHistory(@Ctx() ctx: CampaignsContext): Promise<TreatmentMatrixVersionType[]> {
    return new TreatmentMatrixService(ctx.dataSource).history();
  }

  @Authorized(Capability.CAMPAIGN_APPROVE)
  @Mutation(() => [TreatmentRowType], { description: 'Saves a new version of the matrix from `version` (the current one); old versions stay.' })
  updateTreatmentMatrix(
    @Arg('version', () => Int) version: number,
    @Arg('rows', () => [TreatmentRowInput]) rows: TreatmentRowInput[],
    @Ctx() ctx: CampaignsContext,
  ): Promise<TreatmentRowType[]> {
    return new TreatmentMatrixService(ctx.dataSource).update(ctx.user!.username, version, rows);
  }
}
