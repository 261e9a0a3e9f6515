import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role.enum';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  /** Resolved by UserResolver.branch through the branch DataLoader. */
  branchCode: string | null;

  @Field()
  active: boolean;
}
