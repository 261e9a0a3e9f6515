import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { TrainingContext } from '../context';
import { AuthPayloadType } from './auth-payload.type';

@Resolver()
export class AuthResolver {
  /** The only field any subgraph serves without a token. */
  @Mutation(() => AuthPayloadType)
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<AuthPayloadType> {
    return ctx.auth.login(username, password, ctx.clientIp);
  }
}
