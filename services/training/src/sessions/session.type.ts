import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SessionLevel, SessionStatus } from '../common/enums';

@ObjectType('TrainingSession', { description: 'One scheduled run of a course (培训场次), within one quarter.' })
export class SessionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field(() => SessionLevel)
  level: SessionLevel;

  @Field(() => String, { nullable: true, description: 'The branch of a BRANCH-run session; null when the province runs it for every branch.' })
  branchCode: string | null;

  @Field()
  trainer: string;

  @Field()
  place: string;

  @Field({ description: 'YYYY-MM-DD' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD' })
  endDate: string;

  @Field({ description: 'HH:MM' })
  startTime: string;

  @Field({ description: 'HH:MM' })
  endTime: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => SessionStatus)
  status: SessionStatus;

  @Field({ description: 'YYYY-Qn' })
  quarter: string;

  @Field({ description: 'True once the session has ended (its end date is before today).' })
  held: boolean;

  @Field(() => Int)
  version: number;
}

@InputType()
export class SessionInput {
  @Field(() => ID)
  courseId: string;

  @Field(() => SessionLevel)
  level: SessionLevel;

  @Field(() => String, { nullable: true, description: 'Required for BRANCH sessions, empty for PROVINCE ones.' })
  branchCode?: string | null;

  @Field()
  trainer: string;

  @Field()
  place: string;

  @Field()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Default: the start date.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Default 09:00.' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Default 17:00.' })
  endTime?: string | null;

  @Field(() => Int)
  capacity: number;
}

@InputType()
export class UpdateSessionInput {
  @Field(() => String, { nullable: true })
  trainer?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  endTime?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;
}

@ObjectType('PlannerSessionCheck', { description: 'The rule "planners: one topical session per quarter" (seed 000 §5), per branch.' })
export class PlannerSessionCheck {
  @Field()
  branchCode: string;

  @Field()
  quarter: string;

  @Field(() => Int, { description: 'Topical sessions for planners in the quarter: province-run ones and the branch’s own.' })
  sessions: number;

  @Field(() => Int, { description: 'Of them, held so far.' })
  held: number;

  @Field({ description: 'False when the branch has no topical planner session in the quarter: flagged.' })
  ok: boolean;
}
