/** @jest-environment node */
import { buildWorkbook, exportFileName } from './export-excel';

// Regression (issue 11 item 7): exports wrote percentages as text ("81.5%") and named files
// without the branch or cohort.
it('keeps numbers as numbers, percentages as fractions with a % format', async () => {
  const workbook = await buildWorkbook('2026-10', [
    { title: '分公司', value: (r: { branch: string; members: number; retention: number }) => r.branch },
    { title: '拍照客户数', value: (r) => r.members, format: 'integer' },
    { title: '保有率', value: (r) => r.retention, format: 'percent' },
  ], [{ branch: '成都', members: 1669, retention: 0.815 }]);
  const row = workbook.getWorksheet('2026-10')!.getRow(2);
  expect(row.getCell(1).value).toBe('成都');
  expect(row.getCell(2).value).toBe(1669);
  expect(row.getCell(3).value).toBe(0.815);
  expect(row.getCell(3).numFmt).toBe('0.0%');
});

it('names the file after what, whose and when', () => {
  expect(exportFileName('拍照客户保有', '4月中高端 拍照', '成都', '2026-10')).toBe('拍照客户保有-4月中高端_拍照-成都-2026-10.xlsx');
  expect(exportFileName('mid-high-end', null, '2026-10')).toBe('mid-high-end-2026-10.xlsx');
});
