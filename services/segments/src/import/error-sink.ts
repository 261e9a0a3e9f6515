import type { DataSource } from 'typeorm';
import type { ImportErrorCode } from './import.errors';

export interface CellError {
  line: number;
  column: string;
  code: ImportErrorCode;
  value: string;
  message: string;
  raw: Record<string, string>;
}

const BATCH = 2000;

/**
 * Writes a file's row errors to segments.import_error in batches, on a pooled connection
 * of its own (the import's connection is busy with COPY meanwhile): a file full of
 * errors never sits in memory.
 */
export class ErrorSink {
  private batch: CellError[] = [];

  constructor(private readonly dataSource: DataSource, private readonly jobId: string, private readonly file: string) {}

  /** Adds an error; resolves once a full batch is written. */
  async add(error: CellError): Promise<void> {
    this.batch.push(error);
    if (this.batch.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    await this.dataSource.query(
      `INSERT INTO segments.import_error (job_id, file, line, column_name, code, value, message, raw)
       SELECT $1::uuid, $2, e.line, e.column, e.code, e.value, e.message, e.raw
       FROM jsonb_to_recordset($3::jsonb) AS e (line bigint, "column" text, code text, value text, message text, raw jsonb)`,
      [this.jobId, this.file, JSON.stringify(rows)],
    );
  }
}
