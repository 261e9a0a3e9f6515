import { Directive, Field, ObjectType } from 'type-graphql';

/** A branch (分公司). Owned here; other subgraphs add their own fields to it by `code`. */
@Directive('@key(fields: "code")')
@ObjectType('Branch')
export class BranchType {
  @Field({ description: 'Branch code, e.g. CD' })
  code: string;

  @Field({ description: 'Chinese name, e.g. 成都' })
  name: string;

  @Field({ description: 'English name, e.g. Chengdu' })
  nameEn: string;
}
