import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { visibleBranches, type AuthUser } from '@retention/auth';
import { BranchEntity } from './branch.entity';
import type { BranchType } from './branch.type';

export function toBranchType(entity: BranchEntity): BranchType {
  return { code: entity.code, name: entity.nameZh, nameEn: entity.nameEn };
}

export class BranchService {
  constructor(private readonly dataSource: DataSource) {}

  /** Province, trainer and admin roles see all 21 branches; branch roles only their own. */
  async listVisible(user: AuthUser): Promise<BranchType[]> {
    const visible = visibleBranches(user);
    const rows = await this.dataSource.getRepository(BranchEntity).find({
      where: visible === null ? {} : { code: In(visible) },
      order: { sortOrder: 'ASC' },
    });
    return rows.map(toBranchType);
  }

  /** One query per batch of codes, for references from other subgraphs and User.branch. */
  createLoader(): DataLoader<string, BranchType | null> {
    return new DataLoader(async (codes) => {
      const rows = await this.dataSource.getRepository(BranchEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((row) => [row.code, toBranchType(row)]));
      return codes.map((code) => byCode.get(code) ?? null);
    });
  }

  async exists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(BranchEntity).existsBy({ code });
  }
}
