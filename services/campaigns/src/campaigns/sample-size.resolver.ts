import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { narrowBranches } from '@retention/auth';
import { BRANCH_CODES, Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { CampaignsContext } from '../context';
import { invalid } from './campaign.errors';
import { isBuiltInSegment, unknownSegment } from './campaign-fields';
import { sampleSize, SampleSizeInput, SampleSizeType } from './sample-size';

@Resolver(() => SampleSizeType)
export class SampleSizeResolver {
  @Authorized(Capability.CAMPAIGN_READ)
  @Query(() => SampleSizeType, { description: 'Live sample-size guidance for the campaign form (DOMAIN.md §6), within the caller’s branches.' })
  async campaignSampleSize(@Arg('input', () => SampleSizeInput) input: SampleSizeInput, @Ctx() ctx: CampaignsContext): Promise<SampleSizeType> {
    const scope = requireScope(ctx, Capability.CAMPAIGN_READ);
    let key = input.targetSegmentKey ?? null;
    let rule: unknown = null;
    let branches = input.branchCodes ?? null;
    if (input.campaignId) {
      const campaign = await ctx.campaigns.get(input.campaignId);
      key = campaign.targetSegmentKey ?? campaign.targetSegmentId;
      rule = campaign.targetRule ?? null;
      branches = branches ?? campaign.executingBranchCodes;
    }
    if (!key) throw invalid('input.targetSegmentKey', 'a target segment or a campaign is needed', '须指定目标细分或活动');
    if (rule === null && !isBuiltInSegment(key)) {
      const [saved] = await ctx.dataSource.query('SELECT rule FROM segments_api.segment_definition_v1 WHERE key = $1 OR segment_id::text = $1', [key]);
      if (!saved) throw unknownSegment(key);
      rule = saved.rule;
    }
    const visible = narrowBranches(scope, branches) ?? [...BRANCH_CODES];
    return sampleSize(ctx.dataSource, input, { key, rule, branches: visible, campaignId: input.campaignId ?? null });
  }
}
