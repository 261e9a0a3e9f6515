import { Directive, Field, ObjectType } from 'type-graphql';

/** Branch is owned by the training subgraph; campaigns adds the campaigns it takes part in. */
@Directive('@key(fields: "code")')
@ObjectType('Branch')
export class BranchRef {
  @Field()
  code: string;
}
