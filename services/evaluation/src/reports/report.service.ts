import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeBranchParam, type Scope } from '@retention/auth';
import { byKeyLoader } from '@retention/graphql-kit';
import type { EvaluationReportType } from './report.type';

interface ReportRow {
  id: string;
  campaign_id: string;
  branch_code: string;
  status: EvaluationReportType['status'];
  what_worked: string;
  problems: string;
  customer_feedback: string;
  suggestions: string;
  reviewer_comment: string | null;
  shared_practice: boolean;
  updated_at: Date;
}

function toReportType(row: ReportRow): EvaluationReportType {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    branchCode: row.branch_code,
    status: row.status,
    whatWorked: row.what_worked,
    problems: row.problems,
    customerFeedback: row.customer_feedback,
    suggestions: row.suggestions,
    reviewerComment: row.reviewer_comment,
    sharedPractice: row.shared_practice,
    updatedAt: row.updated_at,
  };
}

/**
 * A branch sees its own reports and the ones the province shared as good practice;
 * province roles see all. $1 = the caller's branch (NULL = every branch).
 */
const VISIBLE = '($1::text IS NULL OR r.branch_code = $1::text OR r.shared_practice)';

export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    /** The caller's REPORT_READ scope; null (no such right) reads nothing. */
    private readonly scope: Scope | null,
  ) {}

  private get branchScope(): string | null {
    return scopeBranchParam(this.scope);
  }

  async list(): Promise<EvaluationReportType[]> {
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT * FROM evaluation.evaluation_report r WHERE ${VISIBLE} ORDER BY r.updated_at DESC`,
      [this.branchScope],
    );
    return rows.map(toReportType);
  }

  createByIdLoader(): DataLoader<string, EvaluationReportType | null> {
    return byKeyLoader(async (ids) => {
      const rows: ReportRow[] = await this.dataSource.query(
        `SELECT * FROM evaluation.evaluation_report r WHERE ${VISIBLE} AND r.id::text = ANY ($2::text[])`,
        [this.branchScope, ids],
      );
      return rows.map(toReportType);
    }, (report) => report.id);
  }
}
