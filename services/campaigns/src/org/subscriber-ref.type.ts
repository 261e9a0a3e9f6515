import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Subscriber is owned by segments (portrait, usage); campaigns refers to one by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Subscriber')
export class SubscriberRef {
  @Field(() => ID)
  id: string;
}
