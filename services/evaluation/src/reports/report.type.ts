import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { EvaluationStatus } from './report.enums';

@Directive('@key(fields: "id")')
@ObjectType('EvaluationReport')
export class EvaluationReportType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  campaignId: string;

  /** Resolved to a Branch reference by the resolver. */
  branchCode: string;

  @Field(() => EvaluationStatus)
  status: EvaluationStatus;

  @Field()
  whatWorked: string;

  @Field()
  problems: string;

  @Field()
  customerFeedback: string;

  @Field()
  suggestions: string;

  @Field(() => String, { nullable: true })
  reviewerComment: string | null;

  @Field({ description: 'Marked by the province as a good practice visible to all branches.' })
  sharedPractice: boolean;

  @Field()
  updatedAt: Date;
}
