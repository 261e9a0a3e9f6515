import DataLoader from 'dataloader';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Capability, maskMsisdn } from '@retention/domain';
import type { CampaignsContext } from '../context';
import { ListMemberType } from '../lists/target-list.type';

const loaders = new WeakMap<CampaignsContext, DataLoader<string, string>>();

/** One query per page of members: the masked numbers from segments' contact contract. */
function maskedLoader(ctx: CampaignsContext): DataLoader<string, string> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows: { subscriber_id: string; msisdn: string }[] = await ctx.dataSource.query(
        'SELECT subscriber_id, msisdn FROM segments_api.subscriber_contact_v1 WHERE subscriber_id = ANY ($1::text[])',
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.subscriber_id, maskMsisdn(r.msisdn)]));
      return ids.map((id) => byId.get(id) ?? '');
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** A list member's number, always masked (138****1234): what the member list and its Excel export show. */
@Resolver(() => ListMemberType)
export class ListMemberMsisdnResolver {
  @Authorized(Capability.CUSTOMER_READ)
  @FieldResolver(() => String, { description: 'The number masked as 138****1234 (never the full number).' })
  msisdnMasked(@Root() member: ListMemberType, @Ctx() ctx: CampaignsContext): Promise<string> {
    return maskedLoader(ctx).load(member.subscriberId);
  }
}
