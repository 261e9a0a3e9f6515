import { Directive, Field, ObjectType } from 'type-graphql';

/** Branch is owned by the training subgraph; evaluation adds nothing yet but refers to it. */
@Directive('@key(fields: "code")')
@ObjectType('Branch')
export class BranchRef {
  @Field()
  code: string;
}
