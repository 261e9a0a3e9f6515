import { buildWorkbook, type ExcelColumn } from '@retention/segment-views';

/** One sheet of a workbook: its rows and columns (numbers stay numbers). */
export interface Sheet {
  name: string;
  columns: ExcelColumn<unknown>[];
  rows: unknown[];
}

/** A typed sheet (the row type checks the columns), kept in a list of sheets of other row types. */
export function sheet<T>(name: string, columns: ExcelColumn<T>[], rows: readonly T[]): Sheet {
  return { name, columns: columns as ExcelColumn<unknown>[], rows: [...rows] };
}

/**
 * Several tables as the sheets of one Excel file (exceljs through segment-views'
 * buildWorkbook, so formats match every other export), then downloads it.
 */
export async function exportSheets(fileName: string, sheets: Sheet[]): Promise<void> {
  const [first, ...rest] = sheets;
  const workbook = await buildWorkbook(first.name, first.columns, first.rows);
  for (const sheet of rest) {
    const built = (await buildWorkbook(sheet.name, sheet.columns, sheet.rows)).worksheets[0];
    const target = workbook.addWorksheet(uniqueName(workbook.worksheets.map((w) => w.name), built.name));
    built.eachRow({ includeEmpty: true }, (row, n) => {
      const copy = target.getRow(n);
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const to = copy.getCell(c);
        to.value = cell.value;
        if (cell.numFmt) to.numFmt = cell.numFmt;
        if (n === 1) to.font = { bold: true };
      });
    });
    built.columns.forEach((column, i) => (target.getColumn(i + 1).width = column.width ?? 16));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function uniqueName(taken: string[], name: string): string {
  let candidate = name;
  for (let i = 2; taken.includes(candidate); i++) candidate = `${name.slice(0, 28)}_${i}`;
  return candidate;
}
