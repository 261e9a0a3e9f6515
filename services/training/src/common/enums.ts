import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { registerEnumType } from 'type-graphql';
import { TrainingError, TrainingErrorCode } from './training.errors';

/** A staff member's role: the user role, or FRONT_DESK for staff without a login (DOMAIN.md §1). */
export enum StaffRole {
  PROVINCE_PLANNER = 'PROVINCE_PLANNER',
  PROVINCE_ANALYST = 'PROVINCE_ANALYST',
  BRANCH_PLANNER = 'BRANCH_PLANNER',
  PHONE_MANAGER = 'PHONE_MANAGER',
  TRAINER = 'TRAINER',
  ADMIN = 'ADMIN',
  FRONT_DESK = 'FRONT_DESK',
}
registerEnumType(StaffRole, { name: 'StaffRole', description: 'A user role, or FRONT_DESK (营业厅前台) for staff without a login.' });

export const STAFF_ROLES = Object.values(StaffRole);
/** Roles bound to one branch. */
export const BRANCH_STAFF_ROLES: readonly StaffRole[] = [StaffRole.BRANCH_PLANNER, StaffRole.PHONE_MANAGER, StaffRole.FRONT_DESK];

export enum ContactKind {
  PHONE = 'PHONE',
  ACCOUNT = 'ACCOUNT',
}
registerEnumType(ContactKind, { name: 'ContactKind', description: 'PHONE 电话经理 or ACCOUNT 客户经理 (phone managers only).' });

export enum CourseCategory {
  TOPICAL = 'TOPICAL',
  FRONT_LINE = 'FRONT_LINE',
  TALK_TRACK = 'TALK_TRACK',
  SERVICE = 'SERVICE',
  VISIT = 'VISIT',
}
registerEnumType(CourseCategory, {
  name: 'CourseCategory',
  description: 'TOPICAL 策划专题, FRONT_LINE 一线基础, TALK_TRACK 活动必说话术, SERVICE 营业厅服务, VISIT 客户拜访.',
});

export enum SessionLevel {
  PROVINCE = 'PROVINCE',
  BRANCH = 'BRANCH',
}
registerEnumType(SessionLevel, { name: 'SessionLevel', description: 'PROVINCE 省公司组织 or BRANCH 分公司组织.' });

export enum AttendanceStatus {
  REGISTERED = 'REGISTERED',
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
}
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus', description: 'REGISTERED 已报名, ATTENDED 出席, ABSENT 缺席.' });

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SessionStatus, { name: 'SessionStatus' });

/**
 * A key-valued scalar for the arguments acceptance clients write by hand: it takes the key
 * as a string ("PHONE_MANAGER") or as an enum literal (PHONE_MANAGER) and checks it.
 */
export function keyScalar<K extends string>(name: string, description: string, keys: readonly K[], fail: (message: string) => Error): GraphQLScalarType<K, string> {
  const check = (value: unknown): K => {
    if (typeof value === 'string' && (keys as readonly string[]).includes(value)) return value as K;
    throw fail(`${name}: "${String(value)}" is not one of ${keys.join(', ')}`);
  };
  return new GraphQLScalarType<K, string>({
    name,
    description,
    serialize: (value) => check(value),
    parseValue: (value) => check(value),
    parseLiteral: (node: ValueNode) => {
      if (node.kind === Kind.STRING || node.kind === Kind.ENUM) return check(node.value);
      throw fail(`${name}: a key is expected`);
    },
  });
}

export const StaffRoleKey = keyScalar<StaffRole>(
  'StaffRoleKey',
  `A staff role as a string or an enum literal: ${STAFF_ROLES.join(', ')}.`,
  STAFF_ROLES,
  (message) => new TrainingError(TrainingErrorCode.BAD_ROLE, message, { field: 'role' }),
);
