export interface ExcelColumn<T> {
  title: string;
  value: (row: T) => string | number | null | undefined;
  /** How Excel shows a number: a fraction as a percentage (0.815 → 81.5%), a count, one decimal. */
  format?: 'percent' | 'integer' | 'decimal1';
}

const NUMBER_FORMATS: Record<NonNullable<ExcelColumn<unknown>['format']>, string> = { percent: '0.0%', integer: '#,##0', decimal1: '#,##0.0' };

/** A file name from its parts (what, scope, month…): no characters a file system refuses. */
export function exportFileName(...parts: (string | null | undefined)[]): string {
  return `${parts.filter(Boolean).map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_')).join('-')}.xlsx`;
}

/** The workbook of the rows: numbers stay numbers (percentages are fractions with a % format). */
export async function buildWorkbook<T>(sheetName: string, columns: ExcelColumn<T>[], rows: T[]) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'sheet');
  sheet.addRow(columns.map((c) => c.title)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? null));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = 16;
    if (c.format) column.eachCell((cell, rowNumber) => {
      if (rowNumber > 1) cell.numFmt = NUMBER_FORMATS[c.format!];
    });
  });
  return workbook;
}

/** Writes the rows as an .xlsx download; exceljs loads only when someone exports. */
export async function exportToExcel<T>(fileName: string, sheetName: string, columns: ExcelColumn<T>[], rows: T[]): Promise<void> {
  const workbook = await buildWorkbook(sheetName, columns, rows);
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
