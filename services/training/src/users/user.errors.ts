import { defineDomainError } from '@retention/graphql-kit';

export enum UserErrorCode {
  INVALID_USERNAME = 'INVALID_USERNAME',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_DISPLAY_NAME = 'INVALID_DISPLAY_NAME',
  BRANCH_REQUIRED = 'BRANCH_REQUIRED',
  BRANCH_NOT_ALLOWED = 'BRANCH_NOT_ALLOWED',
  UNKNOWN_BRANCH = 'UNKNOWN_BRANCH',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  CANNOT_DEACTIVATE_SELF = 'CANNOT_DEACTIVATE_SELF',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
}

export class UserError extends defineDomainError<UserErrorCode>({
  INVALID_USERNAME: '用户名须为 3–40 位小写字母、数字、点、横线或下划线',
  USERNAME_TAKEN: '该用户名已被使用',
  WEAK_PASSWORD: '密码太弱（至少 8 位）',
  INVALID_DISPLAY_NAME: '姓名须为 1–40 个字符',
  BRANCH_REQUIRED: '分公司角色必须选择所属分公司',
  BRANCH_NOT_ALLOWED: '省公司、培训师和管理员角色不属于分公司',
  UNKNOWN_BRANCH: '没有这个分公司',
  USER_NOT_FOUND: '找不到该用户',
  CANNOT_DEACTIVATE_SELF: '不能停用自己的账号',
  WRONG_PASSWORD: '当前密码不正确',
}) {}
