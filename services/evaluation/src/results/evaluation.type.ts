import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ResultRun } from './result-store.service';

export enum EvaluationBreakdownDimension {
  /** Per stratum: branch × retention class of the list (NONE = no class). */
  STRATUM = 'STRATUM',
  /** Per tenure band the customer had in the month its list was built from (recorded by the build, as the stratum is; UNKNOWN without one). */
  TENURE_BAND = 'TENURE_BAND',
  /** Per contact channel: contact figures only (control customers have no channel). */
  CHANNEL = 'CHANNEL',
}

registerEnumType(EvaluationBreakdownDimension, {
  name: 'EvaluationBreakdownDimension',
  description: 'How an evaluation is broken down (DOMAIN.md §6).',
});

/** Contact figures every group has, channels included. */
@ObjectType()
export abstract class ContactFigures {
  @Field(() => Int, { description: 'Treated customers with at least one contact attempt.' })
  contacted: number;

  @Field(() => Int, { description: 'Treated customers reached (an attempt REACHED_DECLINED, HESITANT_CALLBACK, ACCEPTED or DO_NOT_CALL).' })
  reached: number;

  @Field(() => Int, { description: 'Treated customers with an ACCEPTED outcome.' })
  accepted: number;

  @Field(() => Float, { nullable: true, description: 'accepted ÷ contacted (0…1); null when nobody was contacted.' })
  uptake: number | null;

  @Field(() => Int, { description: 'Complaints recorded on the attempts.' })
  complaints: number;

  @Field(() => Int, { description: 'Valid (有理) complaints.' })
  validComplaints: number;

  @Field(() => Float, { nullable: true, description: 'Valid complaints ÷ contacted (0…1); null when nobody was contacted.' })
  validComplaintRate: number | null;

  @Field({ description: 'The valid complaint rate is above 4 ‰.' })
  complaintAlert: boolean;

  @Field(() => Float, { description: 'Σ of the accepted tiers’ cost over the ACCEPTED attempts, yuan.' })
  cost: number;
}

/** The computed post-evaluation of one campaign for one branch or the province-wide pool, at one month. */
@ObjectType('CampaignEvaluation')
export class CampaignEvaluationType extends ContactFigures {
  @Field(() => String, { nullable: true, description: 'The branch; null = the province-wide pool of every executing branch.' })
  branchCode: string | null;

  @Field({ description: 'The evaluation month e, YYYY-MM.' })
  month: string;

  @Field(() => String, { nullable: true, description: 'The start month s (month of the start date), YYYY-MM.' })
  startMonth: string | null;

  @Field(() => String, { nullable: true, description: 'Last month of the ARPU after-window, min(s+2, e).' })
  afterWindowEnd: string | null;

  @Field(() => Int, { description: 'Treated + control customers on the list.' })
  listSize: number;

  @Field(() => Int)
  controlSize: number;

  @Field(() => Int)
  treatedSize: number;

  @Field(() => Float, { nullable: true, description: 'Churned share of the treated (intention to treat); null when there are none.' })
  churnTreated: number | null;

  @Field(() => Float, { nullable: true, description: 'Churned share of the control group; null when there is none.' })
  churnControl: number | null;

  @Field(() => Float, { nullable: true, description: 'd = churnControl − churnTreated; null when a group is empty.' })
  churnReduction: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of the 95 % Wald CI of d.' })
  churnReductionCiLow: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the 95 % Wald CI of d.' })
  churnReductionCiHigh: number | null;

  @Field(() => Float, { nullable: true, description: 'Two-sided p-value of the pooled two-proportion z-test; null when the pooled share is 0 or 1.' })
  pValue: number | null;

  @Field(() => Float, { nullable: true, description: 'ARPU difference in differences (yuan per customer and month).' })
  arpuDid: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of the DiD’s 95 % CI (Welch); null when a group has fewer than 2 customers.' })
  arpuDidCiLow: number | null;

  @Field(() => Float, { nullable: true })
  arpuDidCiHigh: number | null;

  @Field(() => Float, { nullable: true, description: 'DiD × 3 × treated, yuan.' })
  incrementalRevenue: number | null;

  @Field(() => Float, { nullable: true, description: '(incremental revenue − cost) ÷ cost; null when cost is 0.' })
  roi: number | null;

  @Field(() => Float, { nullable: true, description: 'The campaign’s target churn reduction the power is computed for.' })
  targetChurnReduction: number | null;

  @Field(() => Float, { nullable: true, description: 'Power achieved for the target reduction (observed n’s and control churn).' })
  power: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Power below 80 %; null without a power.' })
  underpowered: boolean | null;

  @Field({ description: 'The ARPU after-window is not complete yet (e < s+2).' })
  provisional: boolean;

  @Field(() => Int, { description: 'Control customers with a contact attempt (expected 0: a contamination check).' })
  controlContacted: number;

  @Field({ description: 'When these figures were computed.' })
  computedAt: Date;

  /** The run the figures come from (for breakdowns); not in the schema. */
  run: ResultRun;
  targetReduction: number | null;
}

/** One group of a breakdown: a stratum, tenure band or channel. */
@ObjectType('EvaluationBreakdownItem')
export class EvaluationBreakdownItemType extends ContactFigures {
  @Field({ description: 'The class (stratum), tenure band or channel.' })
  key: string;

  @Field(() => String, { nullable: true, description: 'The branch of a stratum (strata are branch × retention class); null otherwise.' })
  branchCode: string | null;

  @Field({ description: 'The stratum’s control rounds to 0: no control, no comparison.' })
  noControl: boolean;

  @Field(() => Int, { nullable: true, description: 'Null for channels (control customers have no channel); so are the other list figures.' })
  listSize: number | null;

  @Field(() => Int, { nullable: true })
  controlSize: number | null;

  @Field(() => Int, { nullable: true })
  treatedSize: number | null;

  @Field(() => Float, { nullable: true })
  churnTreated: number | null;

  @Field(() => Float, { nullable: true })
  churnControl: number | null;

  @Field(() => Float, { nullable: true })
  churnReduction: number | null;

  @Field(() => Float, { nullable: true })
  churnReductionCiLow: number | null;

  @Field(() => Float, { nullable: true })
  churnReductionCiHigh: number | null;

  @Field(() => Float, { nullable: true })
  pValue: number | null;

  @Field(() => Float, { nullable: true })
  arpuDid: number | null;

  @Field(() => Float, { nullable: true })
  arpuDidCiLow: number | null;

  @Field(() => Float, { nullable: true })
  arpuDidCiHigh: number | null;

  @Field(() => Float, { nullable: true })
  incrementalRevenue: number | null;

  @Field(() => Float, { nullable: true })
  roi: number | null;

  @Field(() => Float, { nullable: true })
  power: number | null;

  @Field(() => Boolean, { nullable: true })
  underpowered: boolean | null;

  @Field(() => Int, { nullable: true })
  controlContacted: number | null;
}

/** Uptake per phone (or account) manager: contact figures by the agent who made the attempts. */
@ObjectType('ManagerUptake')
export class ManagerUptakeType {
  @Field(() => ID)
  agentId: string;

  @Field(() => String, { nullable: true, description: 'The manager’s name (training’s staff); null when unknown.' })
  displayName: string | null;

  @Field(() => String, { nullable: true })
  branchCode: string | null;

  @Field(() => Int)
  contacted: number;

  @Field(() => Int)
  reached: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Float, { nullable: true })
  uptake: number | null;

  @Field(() => Int)
  validComplaints: number;
}
