import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CampaignChannel, CampaignKind, OfferKind } from '../campaigns/campaign.enums';

@ObjectType('TreatmentMatrixRow', { description: 'One retention class of the treatment matrix (DOMAIN.md §4).' })
export class TreatmentRowType {
  @Field(() => Int)
  version: number;

  @Field()
  retentionClass: string;

  @Field(() => [CampaignKind], { description: 'Campaign kinds authoring suggests for the class.' })
  kinds: CampaignKind[];

  @Field(() => [CampaignChannel])
  channels: CampaignChannel[];

  @Field(() => [OfferKind])
  offerKinds: OfferKind[];

  @Field(() => [String])
  products: string[];

  @Field(() => [String])
  promotions: string[];

  @Field(() => [String])
  newServices: string[];

  @Field(() => [String])
  service: string[];

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class TreatmentRowInput {
  @Field()
  retentionClass: string;

  @Field(() => [CampaignKind])
  kinds: CampaignKind[];

  @Field(() => [CampaignChannel])
  channels: CampaignChannel[];

  @Field(() => [OfferKind])
  offerKinds: OfferKind[];

  @Field(() => [String])
  products: string[];

  @Field(() => [String])
  promotions: string[];

  @Field(() => [String])
  newServices: string[];

  @Field(() => [String])
  service: string[];
}

@ObjectType('TreatmentMatrixVersion', { description: 'One saved version of the treatment matrix: who saved it and when.' })
export class TreatmentMatrixVersionType {
  @Field(() => Int)
  version: number;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;
}
