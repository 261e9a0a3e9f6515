import { Field, ID, InputType } from 'type-graphql';

/** The written parts of a report; on update, fields left out keep their value. */
@InputType()
export class ReportTextInput {
  @Field({ nullable: true, description: '做法与经验: what worked.' })
  whatWorked?: string;

  @Field({ nullable: true, description: '存在问题: problems.' })
  problems?: string;

  @Field({ nullable: true, description: '客户反馈: customer feedback.' })
  customerFeedback?: string;

  @Field({ nullable: true, description: '改进建议: suggestions.' })
  suggestions?: string;

  @Field({ nullable: true, description: '下一步工作: next actions.' })
  nextActions?: string;

  @Field(() => [String], { nullable: true, description: 'Up to 10 tags, 1–20 characters each.' })
  tags?: string[];

  @Field(() => [String], { nullable: true, description: 'Retention classes the practice concerns.' })
  retentionClasses?: string[];
}

@InputType()
export class CreateReportInput extends ReportTextInput {
  @Field(() => ID)
  campaignId: string;

  @Field(() => String, { nullable: true, description: 'The reporting branch; null = the province’s own report on a province campaign.' })
  branchCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Evaluation month YYYY-MM (default the latest loaded).' })
  month?: string | null;

  @Field({ description: 'A retried create with the same key returns the first report.' })
  idempotencyKey: string;
}

@InputType()
export class SharedPracticeFilter {
  @Field(() => String, { nullable: true, description: 'Campaign kind (TENURE, TERMINAL, DEPOSIT_GIFT, PLAN_MIGRATION, SERVICE_PUSH, CARE).' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'A retention class the practice concerns.' })
  retentionClass?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the campaign name or the report’s text.' })
  text?: string | null;
}
