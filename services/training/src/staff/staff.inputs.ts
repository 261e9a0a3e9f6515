import { Field, InputType } from 'type-graphql';
import { ContactKind, StaffRole } from '../common/enums';

@InputType()
export class CreateStaffInput {
  @Field()
  displayName: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => String, { nullable: true, description: 'Required for BRANCH_PLANNER, PHONE_MANAGER and FRONT_DESK.' })
  branchCode?: string | null;

  @Field(() => ContactKind, { nullable: true, description: 'Phone managers only (default PHONE).' })
  contactKind?: ContactKind | null;

  @Field(() => String, { nullable: true })
  employeeNo?: string | null;
}

@InputType()
export class UpdateStaffInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => StaffRole, { nullable: true })
  role?: StaffRole | null;

  @Field(() => String, { nullable: true })
  branchCode?: string | null;

  @Field(() => ContactKind, { nullable: true })
  contactKind?: ContactKind | null;

  @Field(() => String, { nullable: true })
  employeeNo?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
