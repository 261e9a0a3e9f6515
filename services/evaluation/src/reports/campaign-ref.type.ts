import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Campaign is owned by the campaigns subgraph; evaluation adds its computed results
 * (`evaluation`, `branchEvaluations`) and reports point at it.
 */
@Directive('@key(fields: "id")')
@ObjectType('Campaign')
export class CampaignRef {
  @Field(() => ID)
  id: string;
}
