import type { DataSource } from 'typeorm';
import { monthStart } from '../months/month';
import { SegmentsError, SegmentsErrorCode } from '../segments/segments.errors';
import { RULE_FROM, SqlParams, compileRule, type RuleNode } from '@retention/segment-rules';

export interface SegmentDefinition {
  id: string;
  key: string | null;
  name: string;
  description: string;
  rule: RuleNode;
  example: boolean;
  createdBy: string;
  updatedAt: Date;
}

export interface SegmentPreview {
  month: string;
  total: number;
  byBranch: { branchCode: string; count: number }[];
}

interface DefinitionRow {
  id: string;
  key: string | null;
  name: string;
  description: string;
  rule: RuleNode;
  example: boolean;
  created_by: string;
  updated_at: Date;
}

const toDefinition = (r: DefinitionRow): SegmentDefinition => ({
  id: r.id, key: r.key, name: r.name, description: r.description, rule: r.rule, example: r.example, createdBy: r.created_by, updatedAt: r.updated_at,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class SegmentDefinitionService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<SegmentDefinition[]> {
    const rows: DefinitionRow[] = await this.dataSource.query('SELECT * FROM segments.segment_definition ORDER BY example DESC, key, name');
    return rows.map(toDefinition);
  }

  async find(id: string): Promise<SegmentDefinition> {
    const rows: DefinitionRow[] = UUID.test(id) ? await this.dataSource.query('SELECT * FROM segments.segment_definition WHERE id = $1', [id]) : [];
    if (!rows[0]) throw new SegmentsError(SegmentsErrorCode.SEGMENT_NOT_FOUND, `id: no segment ${id}`, { field: 'id' });
    return toDefinition(rows[0]);
  }

  /** Members by branch at a refreshed month, within the caller's branches (null = all). */
  async preview(rule: unknown, month: string, branches: string[] | null): Promise<SegmentPreview> {
    const params = new SqlParams([monthStart(month), branches]);
    const predicate = compileRule(rule, params);
    const rows: { branch_code: string; n: number }[] = await this.dataSource.query(
      `SELECT m.branch_code, count(*)::int AS n FROM ${RULE_FROM}
       WHERE m.month = $1::date AND ($2::text[] IS NULL OR m.branch_code = ANY ($2::text[])) AND ${predicate}
       GROUP BY m.branch_code ORDER BY m.branch_code`,
      params.values,
    );
    return { month, total: rows.reduce((sum, r) => sum + r.n, 0), byBranch: rows.map((r) => ({ branchCode: r.branch_code, count: r.n })) };
  }

  async save(input: { id?: string | null; name: string; description?: string | null; rule: unknown }, user: string): Promise<SegmentDefinition> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > 60) throw new SegmentsError(SegmentsErrorCode.BAD_NAME, 'name: 1–60 characters', { field: 'name' });
    compileRule(input.rule, new SqlParams());
    const rule = JSON.stringify(input.rule);
    if (input.id) {
      const existing = await this.find(input.id);
      if (existing.example) throw new SegmentsError(SegmentsErrorCode.EXAMPLE_READ_ONLY, `${existing.key} is a shipped example: save a copy under a new name`);
      const rows: DefinitionRow[] = await this.dataSource.query(
        'UPDATE segments.segment_definition SET name = $2, description = $3, rule = $4, updated_at = now() WHERE id = $1 RETURNING *',
        [input.id, name, input.description ?? '', rule],
      );
      return toDefinition(rows[0]);
    }
    const rows: DefinitionRow[] = await this.dataSource.query(
      'INSERT INTO segments.segment_definition (name, description, rule, created_by) VALUES ($1, $2, $3, $4) RETURNING *',
      [name, input.description ?? '', rule, user],
    );
    return toDefinition(rows[0]);
  }

  async delete(id: string): Promise<boolean> {
    const existing = await this.find(id);
    if (existing.example) throw new SegmentsError(SegmentsErrorCode.EXAMPLE_READ_ONLY, `${existing.key} is a shipped example and stays`);
    await this.dataSource.query('DELETE FROM segments.segment_definition WHERE id = $1', [id]);
    return true;
  }
}
