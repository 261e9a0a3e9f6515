import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Campaign is owned by the campaigns subgraph; a report only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Campaign')
export class CampaignRef {
  @Field(() => ID)
  id: string;
}
