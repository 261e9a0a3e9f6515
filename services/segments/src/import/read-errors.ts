import { MalformedCsvError } from './csv-records';
import { ImportErrorCode, ImportFileError } from './import.errors';
import { NotUtf8Error } from './utf8-check.transform';

/** A file that cannot be read (not UTF-8, not CSV) as the import error of that file; anything else as it is. */
export function asFileError(error: unknown, fileName: string): unknown {
  if (error instanceof NotUtf8Error || error instanceof MalformedCsvError) {
    const code = error instanceof NotUtf8Error ? ImportErrorCode.NOT_UTF8 : error.tooLong ? ImportErrorCode.LINE_TOO_LONG : ImportErrorCode.MALFORMED_CSV;
    return new ImportFileError({ file: fileName, line: error.line, column: null, code, value: null, message: error.message });
  }
  return error;
}
