import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { ContactKind, StaffRole } from '../common/enums';
import { EnrollmentType } from '../enrollment/enrollment.type';
import { BranchType } from '../org/branch.type';
import { CreateStaffInput, UpdateStaffInput } from './staff.inputs';
import { StaffConnection, StaffImportResult, StaffType } from './staff.type';

@Resolver(() => StaffType)
export class StaffResolver {
  @Authorized(Capability.TRAINING_READ)
  @Query(() => StaffConnection, { description: 'The staff roster (branch planners: their own branch), by branch, role and name.' })
  staff(
    @Ctx() ctx: TrainingContext,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
    @Arg('role', () => StaffRole, { nullable: true }) role?: StaffRole | null,
    @Arg('activeOnly', () => Boolean, { nullable: true }) activeOnly?: boolean | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first = 100,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('contactKind', () => ContactKind, { nullable: true, description: 'Phone managers of this contact kind only.' }) contactKind?: ContactKind | null,
    @Arg('active', () => Boolean, { nullable: true, description: 'true: active staff only, false: deactivated only; omitted: both (unless activeOnly).' }) active?: boolean | null,
  ): Promise<StaffConnection> {
    return ctx.staff.list(requireScope(ctx, Capability.TRAINING_READ), { branchCode, role, activeOnly, search, contactKind, active }, first, after ?? null);
  }

  @Authorized(Capability.TRAINING_READ)
  @Query(() => StaffType, { nullable: true })
  staffMember(@Arg('id', () => ID) id: string, @Ctx() ctx: TrainingContext): Promise<StaffType | null> {
    return ctx.staff.get(id, requireScope(ctx, Capability.TRAINING_READ));
  }

  @Authorized(Capability.STAFF_MANAGE)
  @Mutation(() => StaffType, { description: 'Adds a member of staff without a login (e.g. FRONT_DESK). The same idempotency key gives the first one back.' })
  createStaff(
    @Arg('input', () => CreateStaffInput) input: CreateStaffInput,
    @Ctx() ctx: TrainingContext,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string | null,
  ): Promise<StaffType> {
    return ctx.staff.create(ctx.user!, requireScope(ctx, Capability.STAFF_MANAGE), input, idempotencyKey ?? null);
  }

  @Authorized(Capability.STAFF_MANAGE)
  @Mutation(() => StaffType, { description: 'Edits a member of staff at the version read (VERSION_CONFLICT otherwise).' })
  updateStaff(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateStaffInput) input: UpdateStaffInput,
    @Ctx() ctx: TrainingContext,
  ): Promise<StaffType> {
    return ctx.staff.update(ctx.user!, requireScope(ctx, Capability.STAFF_MANAGE), id, version, input);
  }

  @Authorized(Capability.STAFF_MANAGE)
  @Mutation(() => StaffImportResult, {
    description: 'Imports a staff list (CSV UTF-8 or .xlsx; columns employee_no/工号, name/姓名, role/岗位, contact_kind, branch_code/分公司, active). A file with errors imports nothing.',
  })
  importStaff(
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
    @Ctx() ctx: TrainingContext,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun?: boolean | null,
  ): Promise<StaffImportResult> {
    return ctx.staff.import(ctx.user!, requireScope(ctx, Capability.STAFF_MANAGE), fileName, contentBase64, dryRun ?? false);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => BranchType, { nullable: true })
  branch(@Root() staff: StaffType, @Ctx() ctx: TrainingContext): Promise<BranchType | null> | null {
    return staff.branchCode ? ctx.loaders.branchByCode.load(staff.branchCode) : null;
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => [EnrollmentType], { description: 'The trainee’s history: every session they were enrolled in, newest first.' })
  history(@Root() staff: StaffType, @Ctx() ctx: TrainingContext): Promise<EnrollmentType[]> {
    return ctx.loaders.historyByStaff.load(staff.id);
  }
}
