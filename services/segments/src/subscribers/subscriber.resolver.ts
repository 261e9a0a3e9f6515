import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import { RateLimit } from '@retention/graphql-kit';
import type { SegmentsContext } from '../context';
import { BranchRef } from '../org/branch-ref.type';
import { SegmentsError, SegmentsErrorCode, monthArg } from '../segments/segments.errors';
import { PortraitType, SubscriberType } from './subscriber.type';

/** Enough for a person looking customers up, too few to walk the number space (every alias counts). */
export const SEARCHES_PER_MINUTE = 30;
const SEARCH_LIMIT = new RateLimit(SEARCHES_PER_MINUTE, 60);

@Resolver(() => SubscriberType)
export class SubscriberResolver {
  @Authorized(Capability.CUSTOMER_READ)
  @Query(() => SubscriberType, { nullable: true, description: 'One customer, if the caller may see their branch.' })
  subscriber(@Arg('id', () => ID) id: string, @Ctx() ctx: SegmentsContext): Promise<SubscriberType | null> {
    return ctx.loaders.subscriberById.load(id);
  }

  // Phone managers reach customers through their assigned tasks (campaigns), not by search.
  @Authorized(Capability.CUSTOMER_SEARCH)
  @Query(() => [SubscriberType], { description: 'Search by subscriber id prefix or by the full phone number (never by some of its digits), within the caller’s branches.' })
  searchSubscribers(
    @Arg('query', () => String) query: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: SegmentsContext,
  ): Promise<SubscriberType[]> {
    SEARCH_LIMIT.take(ctx.user!.id);
    return ctx.subscribers.search(query, Math.min(Math.max(limit, 1), 100));
  }

  @Authorized(Capability.CUSTOMER_READ)
  @FieldResolver(() => BranchRef)
  branch(@Root() subscriber: SubscriberType): BranchRef {
    return { code: subscriber.branchCode };
  }

  @Authorized(Capability.CUSTOMER_READ)
  @FieldResolver(() => PortraitType, { nullable: true, description: 'At the month (default: the latest refreshed); null when not on network then.' })
  async portrait(
    @Root() subscriber: SubscriberType,
    @Arg('month', () => String, { nullable: true }) month: string | null,
    @Ctx() ctx: SegmentsContext,
  ): Promise<PortraitType | null> {
    const refreshed = await ctx.engine.refreshedMonths();
    const target = month ? monthArg(month) : refreshed[refreshed.length - 1];
    if (!target) return null;
    if (!refreshed.includes(target)) {
      throw new SegmentsError(SegmentsErrorCode.MONTH_NOT_REFRESHED, `month: ${target} has no segment snapshot yet`, { field: 'month' });
    }
    return ctx.subscribers.portrait(subscriber, target);
  }
}
