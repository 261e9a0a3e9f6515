import type { DataSource } from 'typeorm';
import { invalid } from '../campaigns/campaign.errors';
import { MatrixError, MatrixErrorCode } from './treatment-matrix.errors';
import type { TreatmentMatrixVersionType, TreatmentRowInput, TreatmentRowType } from './treatment-matrix.type';

const CLASSES = ['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK'];

interface Row {
  version: number;
  retention_class: string;
  kinds: TreatmentRowType['kinds'];
  channels: TreatmentRowType['channels'];
  offer_kinds: TreatmentRowType['offerKinds'];
  products: string[];
  promotions: string[];
  new_services: string[];
  service: string[];
  created_by: string;
  created_at: Date;
}

const toRow = (r: Row): TreatmentRowType => ({
  version: r.version,
  retentionClass: r.retention_class,
  kinds: r.kinds,
  channels: r.channels,
  offerKinds: r.offer_kinds,
  products: r.products,
  promotions: r.promotions,
  newServices: r.new_services,
  service: r.service,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

/** The versioned treatment matrix: every edit is a new version of all four classes; old versions stay. */
export class TreatmentMatrixService {
  constructor(private readonly dataSource: DataSource) {}

  async rows(version: number | null): Promise<TreatmentRowType[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM campaigns.treatment_matrix WHERE version = coalesce($1::int, (SELECT max(version) FROM campaigns.treatment_matrix))
       ORDER BY array_position($2::text[], retention_class)`,
      [version, CLASSES],
    );
    return rows.map(toRow);
  }

  async versions(): Promise<number[]> {
    const rows: { version: number }[] = await this.dataSource.query('SELECT DISTINCT version FROM campaigns.treatment_matrix ORDER BY version DESC');
    return rows.map((r) => r.version);
  }

  /** Every version with who saved it and when, newest first. */
  async history(): Promise<TreatmentMatrixVersionType[]> {
    return this.dataSource.query(
      `SELECT version, min(created_by) AS "createdBy", min(created_at) AS "createdAt" FROM campaigns.treatment_matrix GROUP BY version ORDER BY version DESC`,
    );
  }

  /** A new version from the current one (a stale `version` is a VERSION_CONFLICT); all four classes required. */
  async update(user: string, version: number, input: TreatmentRowInput[]): Promise<TreatmentRowType[]> {
    const classes = input.map((r) => r.retentionClass);
    const bad = classes.find((c) => !CLASSES.includes(c));
    if (bad) throw invalid('rows', `"${bad}" is not a retention class`, `"${bad}" 不是保有分类`);
    if (new Set(classes).size !== CLASSES.length || classes.length !== CLASSES.length) {
      throw invalid('rows', `give each of ${CLASSES.join(', ')} once`, '须为四个保有分类各填一行');
    }
    input.forEach((r, i) => {
      for (const key of ['products', 'promotions', 'newServices', 'service'] as const) {
        if (r[key].some((item) => item.trim().length === 0 || item.length > 60)) throw invalid(`rows[${i}].${key}`, 'items of 1–60 characters', '每项须为 1–60 个字');
      }
    });
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE campaigns.treatment_matrix IN EXCLUSIVE MODE');
      const [{ current }] = await manager.query('SELECT coalesce(max(version), 0)::int AS current FROM campaigns.treatment_matrix');
      if (current !== version) throw new MatrixError(MatrixErrorCode.VERSION_CONFLICT, `version: the matrix is at version ${current}, not ${version}`, { field: 'version', current });
      for (const r of input) {
        await manager.query(
          `INSERT INTO campaigns.treatment_matrix (version, retention_class, kinds, channels, offer_kinds, products, promotions, new_services, service, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [current + 1, r.retentionClass, r.kinds, r.channels, r.offerKinds, r.products.map((x) => x.trim()), r.promotions.map((x) => x.trim()), r.newServices.map((x) => x.trim()), r.service.map((x) => x.trim()), user],
        );
      }
      const rows: Row[] = await manager.query('SELECT * FROM campaigns.treatment_matrix WHERE version = $1 ORDER BY array_position($2::text[], retention_class)', [current + 1, CLASSES]);
      return rows.map(toRow);
    });
  }
}
