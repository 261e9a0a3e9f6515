import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CampaignKind, CampaignLevel, CampaignStatus } from './campaign.enums';

@Entity({ name: 'campaign' })
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: CampaignKind;

  @Column({ type: 'text' })
  level: CampaignLevel;

  @Column({ type: 'text' })
  status: CampaignStatus;

  @Column({ name: 'owner_branch_code', type: 'text', nullable: true })
  ownerBranchCode: string | null;

  @Column({ name: 'executing_branches', type: 'text', array: true })
  executingBranches: string[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
