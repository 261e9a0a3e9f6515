import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('SegmentDefinition', { description: 'A named rule over customer fields (user-defined or a shipped example).' })
export class SegmentDefinitionType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'SS1–SS9 for the shipped examples.' })
  key: string | null;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => GraphQLJSON, { description: 'The rule tree: {all|any: [...]}, {not: ...} or {field, op, value, eachOfLastMonths?}.' })
  rule: unknown;

  @Field()
  example: boolean;

  @Field()
  createdBy: string;

  @Field()
  updatedAt: Date;
}

@ObjectType('SegmentBranchCount')
export class SegmentBranchCountType {
  @Field()
  branchCode: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SegmentPreview')
export class SegmentPreviewType {
  @Field()
  month: string;

  @Field(() => Int)
  total: number;

  @Field(() => [SegmentBranchCountType])
  byBranch: SegmentBranchCountType[];
}

@ObjectType('RuleField', { description: 'A field the rule builder offers, with its operators.' })
export class RuleFieldType {
  @Field()
  key: string;

  @Field({ description: 'number, text, enum, bool or set' })
  type: string;

  @Field(() => [String])
  operators: string[];

  @Field(() => [String], { nullable: true })
  values: string[] | null;

  @Field({ description: 'True when "in each of the last k months" applies.' })
  monthly: boolean;

  @Field()
  labelZh: string;

  @Field()
  labelEn: string;
}

@InputType()
export class SaveSegmentInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a new segment.' })
  id?: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => GraphQLJSON)
  rule: unknown;
}
