import type { CellError } from './error-sink';
import { ImportErrorCode } from './import.errors';

const MESSAGES: Record<string, string> = {
  [ImportErrorCode.REQUIRED]: 'is empty',
  [ImportErrorCode.NOT_INTEGER]: 'is not a whole number',
  [ImportErrorCode.NOT_AMOUNT]: 'is not an amount in yuan with at most 2 decimals',
  [ImportErrorCode.NEGATIVE]: 'must not be negative',
  [ImportErrorCode.TOO_SMALL]: 'is too small',
  [ImportErrorCode.BAD_DATE]: 'is not a date in YYYY-MM-DD form',
  [ImportErrorCode.BAD_MONTH]: 'is not a month in YYYY-MM form',
  [ImportErrorCode.BAD_BOOLEAN]: 'is not true/false (or 1/0)',
  [ImportErrorCode.BAD_ENUM]: 'is not one of the allowed values',
  [ImportErrorCode.UNKNOWN_BRANCH]: 'is not a known branch code',
  [ImportErrorCode.BAD_SERVICE]: 'contains an unknown service',
  [ImportErrorCode.NUL_CHARACTER]: 'contains a NUL character (\\0)',
};

/** The report entry for one bad cell: its line, column, code, value and the whole row as read. */
export function cellError(line: number, column: string, code: ImportErrorCode, raw: string, header: string[], fields: string[]): CellError {
  const shown = visible(raw);
  return {
    line, column, code, value: shown.slice(0, 200),
    message: `line ${line}: ${column} "${shown.slice(0, 80)}" ${MESSAGES[code]}`,
    raw: Object.fromEntries(header.map((h, j) => [h, fields[j] === undefined ? fields[j] : visible(fields[j])])),
  };
}

/** The report is stored as text and JSON in PostgreSQL, which hold no NUL: shown as \0. */
function visible(text: string): string {
  return text.indexOf('\0') === -1 ? text : text.replaceAll('\0', '\\0');
}
