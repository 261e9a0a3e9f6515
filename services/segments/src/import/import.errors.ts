/** Codes of row errors in an import report; the UI translates them, the message is English. */
export enum ImportErrorCode {
  MISSING_COLUMN = 'MISSING_COLUMN',
  DUPLICATE_COLUMN = 'DUPLICATE_COLUMN',
  EMPTY_FILE = 'EMPTY_FILE',
  NOT_UTF8 = 'NOT_UTF8',
  MALFORMED_CSV = 'MALFORMED_CSV',
  /** A record longer than the splitter reads (MAX_RECORD_CHARS). */
  LINE_TOO_LONG = 'LINE_TOO_LONG',
  UNSUPPORTED_FILE = 'UNSUPPORTED_FILE',
  REQUIRED = 'REQUIRED',
  NOT_INTEGER = 'NOT_INTEGER',
  NOT_AMOUNT = 'NOT_AMOUNT',
  NEGATIVE = 'NEGATIVE',
  TOO_SMALL = 'TOO_SMALL',
  BAD_DATE = 'BAD_DATE',
  BAD_MONTH = 'BAD_MONTH',
  BAD_BOOLEAN = 'BAD_BOOLEAN',
  BAD_ENUM = 'BAD_ENUM',
  UNKNOWN_BRANCH = 'UNKNOWN_BRANCH',
  BAD_SERVICE = 'BAD_SERVICE',
  DUPLICATE_KEY = 'DUPLICATE_KEY',
  UNKNOWN_SUBSCRIBER = 'UNKNOWN_SUBSCRIBER',
  /** A NUL character in a cell (PostgreSQL text cannot hold one). */
  NUL_CHARACTER = 'NUL_CHARACTER',
}

export interface ImportRowError {
  file: string;
  /** Line in the file as a spreadsheet numbers it: the header is line 1. */
  line: number | null;
  column: string | null;
  code: ImportErrorCode;
  value: string | null;
  message: string;
}

/** A problem with the file as a whole (or with its bytes) that stops the import of it. */
export class ImportFileError extends Error {
  constructor(readonly error: ImportRowError) {
    super(error.message);
  }
}

/** PostgreSQL's unique_violation: building a key over rows that repeat it. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}
