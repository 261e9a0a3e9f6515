import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { CampaignsContext } from '../context';
import { RevealLogService } from './reveal-log.service';
import { RevealConnectionType, RevealFilterInput, RevealUserType } from './reveal-log.type';

/** The audit log of full-number reveals: admins and province planners (MSISDN_AUDIT_READ). */
@Resolver(() => RevealConnectionType)
export class RevealLogResolver {
  @Authorized(Capability.MSISDN_AUDIT_READ)
  @Query(() => RevealConnectionType, { description: 'Every reveal of a full number (who, when, which customer, task and campaign), newest first; filters by branch, user, customer, campaign and days.' })
  msisdnRevealLog(
    @Arg('filter', () => RevealFilterInput, { nullable: true }) filter: RevealFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<RevealConnectionType> {
    return new RevealLogService(ctx.dataSource).page(filter, first, after);
  }

  @Authorized(Capability.MSISDN_AUDIT_READ)
  @Query(() => [RevealUserType], { description: 'The managers who have revealed numbers (optionally in one branch), for the log’s filter.' })
  msisdnRevealUsers(@Arg('branchCode', () => String, { nullable: true }) branchCode: string | null, @Ctx() ctx: CampaignsContext): Promise<RevealUserType[]> {
    return new RevealLogService(ctx.dataSource).users(branchCode ?? null);
  }
}
