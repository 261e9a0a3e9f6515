import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { scopeBranches, type Scope } from '@retention/auth';
import { byKeyLoader } from '@retention/graphql-kit';
import { BranchEntity } from './branch.entity';
import type { BranchType } from './branch.type';

export function toBranchType(entity: BranchEntity): BranchType {
  return { code: entity.code, name: entity.nameZh, nameEn: entity.nameEn };
}

export class BranchService {
  constructor(private readonly dataSource: DataSource) {}

  /** Province, trainer and admin roles see all 21 branches; branch roles only their own. */
  async list(scope: Scope): Promise<BranchType[]> {
    const visible = scopeBranches(scope);
    const rows = await this.dataSource.getRepository(BranchEntity).find({
      where: visible === null ? {} : { code: In(visible) },
      order: { sortOrder: 'ASC' },
    });
    return rows.map(toBranchType);
  }

  /** One query per batch of codes, for references from other subgraphs and User.branch. */
  createLoader(): DataLoader<string, BranchType | null> {
    return byKeyLoader(
      async (codes) => (await this.dataSource.getRepository(BranchEntity).findBy({ code: In(codes) })).map(toBranchType),
      (branch) => branch.code,
    );
  }

  async exists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(BranchEntity).existsBy({ code });
  }
}
