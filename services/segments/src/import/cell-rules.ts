import { csvField } from './csv-text';
import type { ColumnSpec, ColumnType } from './file-specs';
import { ImportErrorCode } from './import.errors';

const INT = /^-?[0-9]{1,9}$/;
const AMOUNT = /^-?[0-9]{1,10}(\.[0-9]{1,2})?$/;
const MONTH = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const DATE = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const BOOLEANS = new Set(['true', 'false', '1', '0']);
const SERVICE_SEPARATOR = /\s*;\s*/;

/** Spaces around a cell are not part of the value (tabs and other characters are). */
export function trimSpaces(raw: string): string {
  let from = 0;
  let to = raw.length;
  while (from < to && raw.charCodeAt(from) === 0x20) from++;
  while (to > from && raw.charCodeAt(to - 1) === 0x20) to--;
  return from === 0 && to === raw.length ? raw : raw.slice(from, to);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The error code of one trimmed, non-empty cell, or null when it is valid. */
function checkValue(column: ColumnSpec, allowed: ReadonlySet<string> | null, v: string): ImportErrorCode | null {
  switch (column.type) {
    case 'int':
      if (!INT.test(v)) return ImportErrorCode.NOT_INTEGER;
      return column.min !== undefined && Number(v) < column.min ? (column.min === 0 ? ImportErrorCode.NEGATIVE : ImportErrorCode.TOO_SMALL) : null;
    case 'money':
      if (!AMOUNT.test(v)) return ImportErrorCode.NOT_AMOUNT;
      return column.min !== undefined && Number(v) < column.min ? ImportErrorCode.NEGATIVE : null;
    case 'month':
      return MONTH.test(v) ? null : ImportErrorCode.BAD_MONTH;
    case 'date': {
      // The pattern first, then the day against the month's real length (2025-02-29 is no date).
      const m = DATE.exec(v);
      return m && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2])) ? null : ImportErrorCode.BAD_DATE;
    }
    case 'bool':
      return BOOLEANS.has(v.toLowerCase()) ? null : ImportErrorCode.BAD_BOOLEAN;
    case 'enum':
      if (allowed!.has(v)) return null;
      return column.name === 'branch_code' ? ImportErrorCode.UNKNOWN_BRANCH : ImportErrorCode.BAD_ENUM;
    case 'services':
      return v.split(SERVICE_SEPARATOR).every((s) => s === '' || allowed!.has(s)) ? null : ImportErrorCode.BAD_SERVICE;
    case 'text':
      return null;
  }
}

/** What a valid cell becomes in the typed staging table, as a CSV field (empty = NULL). */
function typedValue(type: ColumnType, v: string): string {
  switch (type) {
    case 'month':
      return `${v}-01`;
    case 'bool':
      return v === 'true' || v === '1' || v.toLowerCase() === 'true' ? 'true' : 'false';
    case 'services':
      // Quoted, so that no services stays an empty string rather than NULL.
      return csvField(v.split(SERVICE_SEPARATOR).filter((s) => s !== '').join(';')) || '""';
    case 'text':
    case 'enum':
      return csvField(v);
    default:
      return v;
  }
}

/** PostgreSQL type of a column in the typed staging table. */
export const SQL_TYPES: Record<ColumnType, string> = {
  text: 'text', int: 'int', money: 'numeric(12,2)', date: 'date', month: 'date', bool: 'boolean', enum: 'text', services: 'text',
};

/** Checks and converts the cells of one column (DOMAIN.md §2's rules for its type). */
export class CellRule {
  private readonly allowed: ReadonlySet<string> | null;

  constructor(readonly column: ColumnSpec) {
    this.allowed = column.values ? new Set(column.values) : null;
  }

  /** The error code of a raw cell, or null when it is valid. */
  check(raw: string): ImportErrorCode | null {
    if (raw.indexOf('\0') !== -1) return ImportErrorCode.NUL_CHARACTER;
    const v = trimSpaces(raw);
    if (v === '') return this.column.required ? ImportErrorCode.REQUIRED : null;
    return checkValue(this.column, this.allowed, v);
  }

  /** The CSV field for a raw cell that passed `check`. */
  typed(raw: string): string {
    const v = trimSpaces(raw);
    if (v === '') return this.column.type === 'bool' ? 'false' : this.column.type === 'services' ? '""' : '';
    return typedValue(this.column.type, v);
  }
}
