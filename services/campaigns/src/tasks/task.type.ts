import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CampaignType, OfferTierType } from '../campaigns/campaign.type';
import { ContactOutcome, OfferStage, TaskStatus } from './task.enums';

@ObjectType('Complaint')
export class ComplaintType {
  @Field({ description: '有理投诉: a valid complaint counts in the complaint rate.' })
  valid: boolean;

  @Field(() => String, { nullable: true })
  text: string | null;
}

@ObjectType('Contact', { description: 'One contact attempt and its outcome.' })
export class ContactType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  taskId: string;

  @Field(() => ID)
  campaignId: string;

  @Field()
  subscriberId: string;

  @Field(() => ContactOutcome)
  outcome: ContactOutcome;

  @Field(() => String, { nullable: true })
  offerTierCode: string | null;

  @Field(() => Date, { nullable: true })
  callbackAt: Date | null;

  @Field(() => ComplaintType, { nullable: true })
  complaint: ComplaintType | null;

  @Field()
  note: string;

  @Field(() => Float, { description: 'Cost of the accepted tier, yuan (0 otherwise).' })
  cost: number;

  @Field()
  contactedAt: Date;

  @Field()
  agentId: string;
}

@ObjectType('AcceptedOffer')
export class AcceptedOfferType {
  @Field()
  tier: string;

  @Field()
  kind: string;

  @Field({ description: 'YYYY-MM' })
  startMonth: string;

  @Field(() => Int)
  months: number;

  @Field(() => OfferStage)
  stage: OfferStage;
}

@ObjectType('Task', { description: "A customer on a phone manager's worklist." })
export class TaskType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  campaignId: string;

  campaign?: CampaignType;

  @Field()
  branchCode: string;

  @Field()
  subscriberId: string;

  @Field({ description: 'The number masked as 138****1234; the full number through revealMsisdn (audited).' })
  msisdnMasked: string;

  @Field(() => ID)
  assigneeId: string;

  @Field({ description: 'PHONE_MANAGER or ACCOUNT_MANAGER' })
  channel: string;

  @Field({ description: 'YYYY-MM-DD' })
  plannedDay: string;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => Date, { nullable: true })
  callbackAt: Date | null;

  @Field()
  overdue: boolean;

  @Field(() => String, { nullable: true })
  withdrawnReason: string | null;

  @Field(() => Int, { nullable: true, description: 'Tenure in months at the list month.' })
  tenureMonths: number | null;

  @Field(() => String, { nullable: true })
  retentionClass: string | null;

  qualifyingTiers?: OfferTierType[];
}

@InputType()
export class ComplaintInput {
  @Field()
  valid: boolean;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

@InputType()
export class RecordContactInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => ContactOutcome)
  outcome: ContactOutcome;

  @Field(() => String, { nullable: true, description: 'Required with ACCEPTED: one of the campaign’s tiers.' })
  offerTierCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601; required with HESITANT_CALLBACK, later the same day.' })
  callbackAt?: string | null;

  @Field(() => ComplaintInput, { nullable: true })
  complaint?: ComplaintInput | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field({ description: 'One per attempt: a double click records once; the same key with another payload is a conflict.' })
  idempotencyKey: string;

  @Field(() => String, { nullable: true, description: 'Outside production only: the time of the attempt (demo data, tests).' })
  asOf?: string | null;
}

@InputType()
export class DispatchInput {
  @Field(() => [ID], { nullable: true, description: 'Only these managers (planner choice); default every active manager of the branch.' })
  managerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'First planned day YYYY-MM-DD (default: today or the campaign start, whichever is later).' })
  startDay?: string | null;

  @Field(() => String, { nullable: true, description: 'Outside production only: "now" for the dispatch.' })
  asOf?: string | null;
}

@ObjectType('ManagerLoad')
export class ManagerLoadType {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  contactKind: string;

  @Field(() => Int, { description: 'Tasks given in this dispatch.' })
  assigned: number;

  @Field(() => Int, { description: 'Open tasks after it.' })
  open: number;
}

@ObjectType('DispatchResult')
export class DispatchResultType {
  @Field(() => Int)
  dispatched: number;

  @Field(() => Int, { description: 'Treated customers that did not fit any manager’s capacity in the window.' })
  overflow: number;

  @Field(() => [String], { description: 'The first 200 overflow customers.' })
  overflowSubscriberIds: string[];

  @Field(() => [ManagerLoadType])
  managers: ManagerLoadType[];

  @Field(() => String, { nullable: true })
  fromDay: string | null;

  @Field(() => String, { nullable: true })
  toDay: string | null;
}

@ObjectType('ManagerProgress', { description: "One manager's progress on a campaign in a branch (seed 004's 上墙争优)." })
export class ManagerProgressType {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => Int)
  tasks: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  contacted: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  validComplaints: number;

  @Field(() => Int, { description: 'Accepted in the last 7 days (weekly leaderboard).' })
  acceptedThisWeek: number;
}

@ObjectType('ExecutionSummary', { description: 'How a branch executes a campaign so far.' })
export class ExecutionSummaryType {
  @Field()
  branchCode: string;

  @Field(() => Int)
  treated: number;

  @Field(() => Int)
  tasks: number;

  @Field(() => Int)
  openTasks: number;

  @Field(() => Int)
  contacted: number;

  @Field(() => Int)
  reached: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Float, { nullable: true, description: 'accepted ÷ contacted' })
  uptake: number | null;

  @Field(() => Int)
  validComplaints: number;

  @Field(() => Float, { nullable: true, description: 'valid complaints ÷ contacted; alert above 0.004' })
  complaintRate: number | null;

  @Field()
  complaintAlert: boolean;

  @Field(() => Float, { description: 'Σ cost of acceptances, yuan' })
  cost: number;

  @Field(() => [ManagerProgressType])
  managers: ManagerProgressType[];
}
