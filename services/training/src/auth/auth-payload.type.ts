import { Field, ObjectType } from 'type-graphql';
import { UserType } from '../users/user.type';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Signed JWT; send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => UserType)
  user: UserType;
}
