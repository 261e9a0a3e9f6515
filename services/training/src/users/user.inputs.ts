import { Field, InputType } from 'type-graphql';
import { Role } from './role.enum';

@InputType()
export class CreateUserInput {
  @Field({ description: 'Lower-case letters, digits, dot, dash, underscore; 3–40 characters.' })
  username: string;

  @Field()
  displayName: string;

  @Field({ description: 'At least 8 characters.' })
  password: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Required for BRANCH_PLANNER and PHONE_MANAGER; must be empty otherwise.' })
  branchCode?: string | null;
}
