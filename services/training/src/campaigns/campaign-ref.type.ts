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
