import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CampaignKind, CampaignLevel, CampaignStatus } from './campaign.enums';

@Directive('@key(fields: "id")')
@ObjectType('Campaign')
export class CampaignType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => CampaignKind)
  kind: CampaignKind;

  @Field(() => CampaignLevel)
  level: CampaignLevel;

  @Field(() => CampaignStatus)
  status: CampaignStatus;

  /** Resolved to a Branch reference by CampaignResolver.ownerBranch. */
  ownerBranchCode: string | null;

  @Field(() => [String], { description: 'Codes of the branches that execute this campaign.' })
  executingBranchCodes: string[];

  @Field()
  createdAt: Date;
}
