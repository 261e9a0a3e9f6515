import ExcelJS from 'exceljs';
import { readTableFile, TableFileError } from './table-file';

describe('readTableFile', () => {
  it('reads CSV with a BOM, quotes, doubled quotes and CRLF, keyed by lower-cased headers, skipping blank lines', async () => {
    const table = await readTableFile(Buffer.from('\uFEFFSubscriber_ID,Reason\r\nS1,"投诉, 不再联系"\r\n\r\nS2,"说 ""别打了"""\r\n', 'utf8'));
    expect(table.header).toEqual(['subscriber_id', 'reason']);
    expect(table.rows).toEqual([
      { line: 2, cells: { subscriber_id: 'S1', reason: '投诉, 不再联系' } },
      { line: 4, cells: { subscriber_id: 'S2', reason: '说 "别打了"' } },
    ]);
  });

  it('reads the first sheet of an .xlsx, dates as YYYY-MM-DD', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(['subscriber_id', 'expires_at']);
    sheet.addRow(['S9', new Date(Date.UTC(2027, 0, 31))]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect((await readTableFile(bytes)).rows).toEqual([{ line: 2, cells: { subscriber_id: 'S9', expires_at: '2027-01-31' } }]);
  });

  it('says what is wrong and where: empty files, open quotes, text that is not UTF-8', async () => {
    await expect(readTableFile(Buffer.from(''))).rejects.toThrow(new TableFileError('line 1: the file is empty: a header row is required', 1));
    await expect(readTableFile(Buffer.from('a,b\n1,"open\n'))).rejects.toThrow('line 3: a quoted cell is not closed');
    await expect(readTableFile(Buffer.from([0x61, 0x0a, 0xc4, 0xe3]))).rejects.toThrow('not UTF-8');
  });
});
