import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CourseType } from '../courses/course.type';

/** Campaign is owned by the campaigns subgraph; training adds how far its talk track has been trained. */
@Directive('@key(fields: "id")')
@ObjectType('Campaign')
export class CampaignRef {
  @Field(() => ID)
  id: string;
}

@ObjectType('TalkTrackBranchCoverage')
export class TalkTrackBranchCoverage {
  @Field()
  branchCode: string;

  @Field(() => Int, { description: 'Active staff of the branch in the talk-track courses’ audience roles (front line).' })
  staff: number;

  @Field(() => Int, { description: 'Of them, who attended a session of a talk-track course.' })
  trained: number;

  @Field(() => Float, { nullable: true })
  coverage: number | null;
}

@ObjectType('TalkTrackTraining', { description: 'Seed 004: the mandatory talk track is trained before the campaign runs.' })
export class TalkTrackTraining {
  @Field(() => [CourseType])
  courses: CourseType[];

  @Field(() => Int)
  staff: number;

  @Field(() => Int)
  trained: number;

  @Field(() => Float, { nullable: true })
  coverage: number | null;

  @Field(() => [TalkTrackBranchCoverage])
  branches: TalkTrackBranchCoverage[];
}

/**
 * A campaign as campaigns publishes it (campaigns_api.campaign_v1), for trainers choosing the
 * campaign a course trains the talk track of: trainers do not read campaigns themselves.
 */
@ObjectType('TalkTrackCampaign')
export class TalkTrackCampaignType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  kind: string;

  @Field({ description: 'PROVINCE or BRANCH' })
  level: string;

  @Field({ description: 'PUBLISHED, CLOSED or EVALUATED (only published campaigns take new links).' })
  status: string;

  @Field(() => String, { nullable: true })
  ownerBranchCode: string | null;

  @Field(() => [String])
  executingBranchCodes: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate: string | null;
}
