import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import { requireScope } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { AttendanceStatus } from '../common/enums';
import { parseQuarter } from '../common/period';
import { CourseType } from '../courses/course.type';
import { enrollmentVisible } from '../enrollment/enrollment.service';
import { EnrollmentType } from '../enrollment/enrollment.type';
import { BranchType } from '../org/branch.type';
import { PlannerSessionCheck, SessionInput, SessionType, UpdateSessionInput } from './session.type';

@Resolver(() => SessionType)
export class SessionResolver {
  @Authorized(Capability.TRAINING_READ)
  @Query(() => [SessionType], { description: 'The quarterly calendar: sessions starting in the quarter (branch roles: province-run ones and their own branch’s).' })
  trainingSessions(
    @Arg('quarter', () => String) quarter: string,
    @Ctx() ctx: TrainingContext,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
    @Arg('courseId', () => ID, { nullable: true }) courseId?: string | null,
  ): Promise<SessionType[]> {
    return ctx.sessions.list(requireScope(ctx, Capability.TRAINING_READ), parseQuarter(quarter), { branchCode, courseId });
  }

  @Authorized(Capability.TRAINING_READ)
  @Query(() => SessionType, { nullable: true })
  trainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: TrainingContext): Promise<SessionType | null> {
    return ctx.sessions.get(id, requireScope(ctx, Capability.TRAINING_READ));
  }

  @Authorized(Capability.TRAINING_READ)
  @Query(() => [PlannerSessionCheck], { description: 'Per branch: is there a topical planner session this quarter (province- or branch-run)? Missing ones are ok = false.' })
  plannerSessionCheck(@Arg('quarter', () => String) quarter: string, @Ctx() ctx: TrainingContext): Promise<PlannerSessionCheck[]> {
    return ctx.sessions.plannerCheck(requireScope(ctx, Capability.TRAINING_READ), parseQuarter(quarter));
  }

  @Authorized(Capability.TRAINING_MANAGE)
  @Mutation(() => SessionType, { description: 'Schedules a session; the same idempotency key gives the first one back.' })
  createTrainingSession(
    @Arg('input', () => SessionInput) input: SessionInput,
    @Ctx() ctx: TrainingContext,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string | null,
  ): Promise<SessionType> {
    return ctx.sessions.create(ctx.user!, input, idempotencyKey ?? null);
  }

  @Authorized(Capability.TRAINING_MANAGE)
  @Mutation(() => SessionType)
  updateTrainingSession(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateSessionInput) input: UpdateSessionInput,
    @Ctx() ctx: TrainingContext,
  ): Promise<SessionType> {
    return ctx.sessions.update(ctx.user!, id, version, input);
  }

  @Authorized(Capability.TRAINING_MANAGE)
  @Mutation(() => SessionType)
  cancelTrainingSession(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: TrainingContext): Promise<SessionType> {
    return ctx.sessions.cancel(ctx.user!, id, version);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => CourseType, { nullable: true })
  course(@Root() session: SessionType, @Ctx() ctx: TrainingContext): Promise<CourseType | null> {
    return ctx.loaders.courseById.load(session.courseId);
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => BranchType, { nullable: true })
  branch(@Root() session: SessionType, @Ctx() ctx: TrainingContext): Promise<BranchType | null> | null {
    return session.branchCode ? ctx.loaders.branchByCode.load(session.branchCode) : null;
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => [EnrollmentType], { description: 'Who is on the session (branch roles: their own branch’s staff).' })
  async enrollments(@Root() session: SessionType, @Ctx() ctx: TrainingContext): Promise<EnrollmentType[]> {
    const scope = requireScope(ctx, Capability.TRAINING_READ);
    return (await ctx.loaders.enrollmentsBySession.load(session.id)).filter((e) => enrollmentVisible(scope, e));
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => Int, { description: 'All enrollments, every branch (seats taken).' })
  async enrolled(@Root() session: SessionType, @Ctx() ctx: TrainingContext): Promise<number> {
    return (await ctx.loaders.enrollmentsBySession.load(session.id)).length;
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => Int)
  async attended(@Root() session: SessionType, @Ctx() ctx: TrainingContext): Promise<number> {
    return (await ctx.loaders.enrollmentsBySession.load(session.id)).filter((e) => e.status === AttendanceStatus.ATTENDED).length;
  }

  @Authorized(Capability.TRAINING_READ)
  @FieldResolver(() => Int)
  async absent(@Root() session: SessionType, @Ctx() ctx: TrainingContext): Promise<number> {
    return (await ctx.loaders.enrollmentsBySession.load(session.id)).filter((e) => e.status === AttendanceStatus.ABSENT).length;
  }
}
