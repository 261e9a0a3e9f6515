import { Directive, Field, ObjectType } from 'type-graphql';

/** Branch is owned by the training subgraph; segments adds customer figures to it. */
@Directive('@key(fields: "code")')
@ObjectType('Branch')
export class BranchRef {
  @Field()
  code: string;
}
