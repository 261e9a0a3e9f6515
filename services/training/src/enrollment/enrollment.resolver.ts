import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { StaffRole } from '../common/enums';
import { SessionType } from '../sessions/session.type';
import { StaffType } from '../staff/staff.type';
import { AttendanceEntryInput, EnrollmentType, SignInImportResult } from './enrollment.type';

@Resolver(() => EnrollmentType)
export class EnrollmentResolver {
  @Authorized(Capability.ENROLLMENT_MANAGE)
  @Mutation(() => [EnrollmentType], { description: 'Enrolls staff (one or many); those already enrolled stay as they are. Branch planners: their own branch’s staff.' })
  enrollStaff(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('staffIds', () => [ID]) staffIds: string[],
    @Ctx() ctx: TrainingContext,
  ): Promise<EnrollmentType[]> {
    return ctx.enrollments.enroll(ctx.user!, requireScope(ctx, Capability.ENROLLMENT_MANAGE), sessionId, staffIds);
  }

  @Authorized(Capability.ENROLLMENT_MANAGE)
  @Mutation(() => [EnrollmentType], { description: 'Enrolls every active staff member of a role (of one branch, or every branch the caller reaches) not yet on the session.' })
  enrollByRole(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('role', () => StaffRole) role: StaffRole,
    @Ctx() ctx: TrainingContext,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
  ): Promise<EnrollmentType[]> {
    return ctx.enrollments.enrollByRole(ctx.user!, requireScope(ctx, Capability.ENROLLMENT_MANAGE), sessionId, role, branchCode ?? null);
  }

  @Authorized(Capability.ENROLLMENT_MANAGE)
  @Mutation(() => Boolean, { description: 'Takes a registered (not yet marked) enrollment back.' })
  withdrawEnrollment(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: TrainingContext): Promise<boolean> {
    return ctx.enrollments.withdraw(ctx.user!, requireScope(ctx, Capability.ENROLLMENT_MANAGE), id, version);
  }

  @Authorized(Capability.TRAINING_MANAGE)
  @Mutation(() => [EnrollmentType], { description: 'Marks attended/absent and records assessment scores (0–100, attendees only) for a session, each at the version read.' })
  recordAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('entries', () => [AttendanceEntryInput]) entries: AttendanceEntryInput[],
    @Ctx() ctx: TrainingContext,
  ): Promise<EnrollmentType[]> {
    return ctx.enrollments.recordAttendance(ctx.user!, requireScope(ctx, Capability.TRAINING_MANAGE), sessionId, entries);
  }

  @Authorized(Capability.TRAINING_MANAGE)
  @Mutation(() => SignInImportResult, {
    description: 'Imports a sign-in sheet (CSV UTF-8 or .xlsx; columns employee_no/工号 or staff_id, name/姓名, attended/签到, score/成绩). Errors are row-numbered; a sheet with errors records nothing.',
  })
  importSignInSheet(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
    @Ctx() ctx: TrainingContext,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun?: boolean | null,
  ): Promise<SignInImportResult> {
    return ctx.enrollments.importSignInSheet(ctx.user!, requireScope(ctx, Capability.TRAINING_MANAGE), sessionId, fileName, contentBase64, dryRun ?? false);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => StaffType, { nullable: true })
  staff(@Root() e: EnrollmentType, @Ctx() ctx: TrainingContext): Promise<StaffType | null> {
    return ctx.loaders.staffById.load(e.staffId);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => SessionType, { nullable: true })
  session(@Root() e: EnrollmentType, @Ctx() ctx: TrainingContext): Promise<SessionType | null> {
    return ctx.loaders.sessionById.load(e.sessionId);
  }
}
