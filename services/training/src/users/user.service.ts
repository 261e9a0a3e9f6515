import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword, type AuthUser } from '@retention/auth';
import { isBranchRole } from '@retention/domain';
import { BranchService } from '../org/branch.service';
import { UserEntity } from './user.entity';
import { UserError, UserErrorCode } from './user.errors';
import type { CreateUserInput } from './user.inputs';
import type { UserType } from './user.type';

const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
const MIN_PASSWORD_LENGTH = 8;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toUserType(entity: UserEntity): UserType {
  return {
    id: entity.id,
    username: entity.username,
    displayName: entity.displayName,
    role: entity.role,
    branchCode: entity.branchCode,
    active: entity.active,
  };
}

export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(UserEntity);
  }

  /** The caller's own password: the current one must be given. Every token issued before is revoked. */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<boolean> {
    const row = await this.repo.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: actor.id }).getOne();
    if (!row || !(await verifyPassword(currentPassword, row.passwordHash))) {
      throw new UserError(UserErrorCode.WRONG_PASSWORD, 'currentPassword: not your current password', { field: 'currentPassword' });
    }
    await this.setPassword(row.id, newPassword);
    console.log(`users: ${actor.username} changed their password (older tokens revoked)`);
    return true;
  }

  /** An administrator sets a new password for someone (e.g. forgotten); their tokens are revoked. */
  async resetPassword(actor: AuthUser, id: string, newPassword: string): Promise<UserType> {
    const user = await this.findById(id);
    if (!user) throw new UserError(UserErrorCode.USER_NOT_FOUND, `id: no user ${id}`, { field: 'id' });
    await this.setPassword(id, newPassword);
    console.log(`users: ${actor.username} reset the password of ${user.username} (older tokens revoked)`);
    return user;
  }

  private async setPassword(id: string, password: string): Promise<void> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new UserError(UserErrorCode.WEAK_PASSWORD, `newPassword: at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'newPassword' });
    }
    await this.dataSource.query('UPDATE training.app_user SET password_hash = $2, token_version = token_version + 1 WHERE id = $1', [id, await hashPassword(password)]);
  }

  async findById(id: string): Promise<UserType | null> {
    if (!UUID_PATTERN.test(id)) return null;
    const row = await this.repo.findOneBy({ id });
    return row ? toUserType(row) : null;
  }

  async list(): Promise<UserType[]> {
    const rows = await this.repo.find({ order: { role: 'ASC', username: 'ASC' } });
    return rows.map(toUserType);
  }

  async create(input: CreateUserInput): Promise<UserType> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username)) {
      throw new UserError(UserErrorCode.INVALID_USERNAME, 'username: use 3–40 lower-case letters, digits, ".", "-" or "_"', { field: 'username' });
    }
    const displayName = input.displayName.trim();
    if (displayName.length === 0 || displayName.length > 60) {
      throw new UserError(UserErrorCode.INVALID_DISPLAY_NAME, 'displayName: 1–60 characters', { field: 'displayName' });
    }
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw new UserError(UserErrorCode.WEAK_PASSWORD, `password: at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
    }
    const branchCode = input.branchCode?.trim() || null;
    if (isBranchRole(input.role) && !branchCode) {
      throw new UserError(UserErrorCode.BRANCH_REQUIRED, `branchCode: required for role ${input.role}`, { field: 'branchCode' });
    }
    if (!isBranchRole(input.role) && branchCode) {
      throw new UserError(UserErrorCode.BRANCH_NOT_ALLOWED, `branchCode: must be empty for role ${input.role}`, { field: 'branchCode' });
    }
    if (branchCode && !(await new BranchService(this.dataSource).exists(branchCode))) {
      throw new UserError(UserErrorCode.UNKNOWN_BRANCH, `branchCode: unknown branch "${branchCode}"`, { field: 'branchCode' });
    }
    if (await this.repo.existsBy({ username })) {
      throw new UserError(UserErrorCode.USERNAME_TAKEN, `username: "${username}" is already taken`, { field: 'username' });
    }
    const saved = await this.repo.save(
      this.repo.create({ username, displayName, role: input.role, branchCode, passwordHash: await hashPassword(input.password) }),
    );
    return toUserType(saved);
  }

  async setActive(actor: AuthUser, id: string, active: boolean): Promise<UserType> {
    if (actor.id === id && !active) {
      throw new UserError(UserErrorCode.CANNOT_DEACTIVATE_SELF, 'You cannot deactivate your own account');
    }
    const result = UUID_PATTERN.test(id) ? await this.repo.update({ id }, { active }) : { affected: 0 };
    if (!result.affected) throw new UserError(UserErrorCode.USER_NOT_FOUND, `No user with id ${id}`);
    return (await this.findById(id))!;
  }
}
