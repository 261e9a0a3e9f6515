import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Capability } from '@retention/domain';
import { unauthenticated } from '@retention/graphql-kit';
import type { TrainingContext } from '../context';
import { BranchType } from '../org/branch.type';
import { CreateUserInput } from './user.inputs';
import { UserType } from './user.type';

@Resolver(() => UserType)
export class UserResolver {
  @Authorized()
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: TrainingContext): Promise<UserType> {
    const user = await ctx.users.findById(ctx.user!.id);
    // A token for a deleted or deactivated account is no longer good.
    if (!user || !user.active) throw unauthenticated('account no longer active');
    return user;
  }

  @Authorized(Capability.USER_ADMIN)
  @Query(() => [UserType])
  users(@Ctx() ctx: TrainingContext): Promise<UserType[]> {
    return ctx.users.list();
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes the caller’s own password; every token issued before (this one too) stops working: sign in again.' })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<boolean> {
    return ctx.users.changePassword(ctx.user!, currentPassword, newPassword);
  }

  @Authorized(Capability.USER_ADMIN)
  @Mutation(() => UserType, { description: 'Sets a new password for a user; their tokens stop working.' })
  resetPassword(@Arg('id', () => ID) id: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: TrainingContext): Promise<UserType> {
    return ctx.users.resetPassword(ctx.user!, id, newPassword);
  }

  @Authorized(Capability.USER_ADMIN)
  @Mutation(() => UserType)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: TrainingContext): Promise<UserType> {
    return ctx.users.create(input);
  }

  @Authorized(Capability.USER_ADMIN)
  @Mutation(() => UserType)
  setUserActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: TrainingContext,
  ): Promise<UserType> {
    return ctx.users.setActive(ctx.user!, id, active);
  }

  @FieldResolver(() => BranchType, { nullable: true })
  branch(@Root() user: UserType, @Ctx() ctx: TrainingContext): Promise<BranchType | null> | null {
    return user.branchCode ? ctx.loaders.branchByCode.load(user.branchCode) : null;
  }
}
