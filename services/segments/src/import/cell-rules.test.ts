import { CellRule } from './cell-rules';
import { compileFastRow, compileFileOrderRow, monthOfKey, type FileOrderRow } from './fast-row';
import { FILE_SPECS } from './file-specs';

const rule = (kind: keyof typeof FILE_SPECS, name: string) => new CellRule(FILE_SPECS[kind].columns.find((c) => c.name === name)!);

describe('each cell is checked by the rules of DOMAIN.md §2 for its type', () => {
  const cases: [string, string, string | null, string | null][] = [
    // kind.column, raw cell, error code, typed value
    ['usage.outgoing_mou', '0', null, '0'],
    ['usage.outgoing_mou', ' 15 ', null, '15'],
    ['usage.outgoing_mou', '+5', 'NOT_INTEGER', null],
    ['usage.outgoing_mou', '1e3', 'NOT_INTEGER', null],
    ['usage.outgoing_mou', '1_000', 'NOT_INTEGER', null],
    ['usage.outgoing_mou', '\t5', 'NOT_INTEGER', null],
    ['usage.outgoing_mou', '-1', 'NEGATIVE', null],
    ['usage.outgoing_mou', '1234567890', 'NOT_INTEGER', null],
    ['usage.outgoing_mou', '', 'REQUIRED', null],
    ['offers.months', '0', 'TOO_SMALL', null],
    ['offers.months', '007', null, '007'],
    ['usage.bill_amount', '0.00', null, '0.00'],
    ['usage.bill_amount', '-0.01', 'NEGATIVE', null],
    ['usage.bill_amount', '1.005', 'NOT_AMOUNT', null],
    ['usage.bill_amount', '.5', 'NOT_AMOUNT', null],
    ['usage.bill_amount', 'NaN', 'NOT_AMOUNT', null],
    ['usage.balance', '-3.50', null, '-3.50'],
    ['usage.month', '2026-10', null, '2026-10-01'],
    ['usage.month', '2026-13', 'BAD_MONTH', null],
    ['usage.month', '2026-1', 'BAD_MONTH', null],
    ['subscribers.join_date', '2024-02-29', null, '2024-02-29'],
    ['subscribers.join_date', '2025-02-29', 'BAD_DATE', null],
    ['subscribers.join_date', '2025-04-31', 'BAD_DATE', null],
    ['subscribers.birthday', '', null, ''],
    ['subscribers.vnet_member', 'TRUE', null, 'true'],
    ['subscribers.vnet_member', '0', null, 'false'],
    ['subscribers.vnet_member', 'yes', 'BAD_BOOLEAN', null],
    ['subscribers.branch_code', 'XX', 'UNKNOWN_BRANCH', null],
    ['subscribers.brand', 'gotone', 'BAD_ENUM', null],
    ['subscribers.county', '锦江区, 东', null, '"锦江区, 东"'],
    ['usage.services', 'MAIL139 ; FETION', null, 'MAIL139;FETION'],
    ['usage.services', 'MAIL139;;', null, 'MAIL139'],
    ['usage.services', '', null, '""'],
    ['usage.services', 'MAIL139;QQ', 'BAD_SERVICE', null],
  ];
  it.each(cases)('%s %j → %s %s', (where, raw, code, typed) => {
    const [kind, name] = where.split('.') as [keyof typeof FILE_SPECS, string];
    const r = rule(kind, name);
    expect(r.check(raw)).toBe(code);
    if (typed !== null) expect(r.typed(raw)).toBe(typed);
  });
});

describe('the whole-line fast path', () => {
  const header = FILE_SPECS.usage.columns.map((c) => c.name);
  const fast = compileFastRow(FILE_SPECS.usage, header);
  const exact = (line: string) => String(7) + FILE_SPECS.usage.columns.map((c, i) => `,${new CellRule(c).typed(line.split(',')[i])}`).join('');

  it('gives the same typed line as the cell-by-cell path', () => {
    for (const line of ['S1,2026-09,188.50,320,40,12,2048,35.20,0,ACTIVE,MAIL139;FETION', 'S2,2026-10,0.00,0,0,0,0,-3.50,1,CHURNED,']) {
      expect(fast(line, 7)).toBe(exact(line));
    }
  });

  it('leaves every cell that needs trimming or a closer look to the exact path', () => {
    for (const line of [
      ' S1,2026-09,1.00,1,0,0,0,0.00,0,ACTIVE,',
      'S1,2026-09,1.00,+1,0,0,0,0.00,0,ACTIVE,',
      'S1,2026-09,-1.00,1,0,0,0,0.00,0,ACTIVE,',
      'S1,2026-09,1.00,1,0,0,0,0.00,0,ACTIVE,MAIL139;;',
      'S1,2026-09,1.00,1,0,0,0,0.00,0,ACTIVE',
      ',2026-09,1.00,1,0,0,0,0.00,0,ACTIVE,',
    ]) {
      expect(fast(line, 7)).toBeNull();
    }
  });

  it('finds columns by name in any order and ignores unknown ones', () => {
    const shuffled = compileFastRow(FILE_SPECS.offers, ['note', 'cost', 'months', 'start_month', 'tier', 'kind', 'subscriber_id']);
    expect(shuffled('any text,99.50,12,2026-05,DEP300,DEPOSIT_GIFT,S1', 3)).toBe('3,S1,DEPOSIT_GIFT,DEP300,2026-05-01,12,99.50');
  });
});

describe('the whole-line fast path in the file’s column order', () => {
  const typed = (row: FileOrderRow, line: string) => {
    const at = row.match(line);
    if (at < 0) return null;
    const out: string[] = [];
    row.push(line, at, out);
    return { month: monthOfKey(row.monthKey(line, at)), text: out.join('') };
  };

  it('copies the line as it is but for the month, which it leaves out', () => {
    const row = compileFileOrderRow(FILE_SPECS.usage, FILE_SPECS.usage.columns.map((c) => c.name));
    expect(typed(row, 'S1,2026-09,188.50,320,40,12,2048,35.20,0,ACTIVE,MAIL139;FETION')).toEqual({ month: '2026-09', text: 'S1,188.50,320,40,12,2048,35.20,0,ACTIVE,MAIL139;FETION\n' });
    expect(typed(row, 'S2,2026-12,0.00,0,0,0,0,-3.50,1,CHURNED,\r')).toEqual({ month: '2026-12', text: 'S2,0.00,0,0,0,0,-3.50,1,CHURNED,\n' });
    expect(typed(row, 'S3,0999-01,0.00,0,0,0,0,-3.50,1,CHURNED,')).toMatchObject({ month: '0999-01' });
  });

  it('keeps any column order, the month first or last included', () => {
    const first = compileFileOrderRow(FILE_SPECS.usage, ['month', 'subscriber_id', 'bill_amount', 'outgoing_mou', 'long_distance_mou', 'roaming_mou', 'data_mb', 'balance', 'arrears_months', 'status']);
    expect(typed(first, '2026-09,S1,1.00,1,0,0,0,0.00,0,ACTIVE')).toEqual({ month: '2026-09', text: 'S1,1.00,1,0,0,0,0.00,0,ACTIVE\n' });
    const last = compileFileOrderRow(FILE_SPECS.usage, ['subscriber_id', 'bill_amount', 'outgoing_mou', 'long_distance_mou', 'roaming_mou', 'data_mb', 'balance', 'arrears_months', 'status', 'month']);
    expect(typed(last, 'S1,1.00,1,0,0,0,0.00,0,ACTIVE,2026-09\r')).toEqual({ month: '2026-09', text: 'S1,1.00,1,0,0,0,0.00,0,ACTIVE\n' });
  });

  it('leaves lines that need the exact path, and refuses columns it does not know', () => {
    const row = compileFileOrderRow(FILE_SPECS.usage, FILE_SPECS.usage.columns.map((c) => c.name));
    expect(typed(row, 'S1,2026-13,1.00,1,0,0,0,0.00,0,ACTIVE,')).toBeNull();
    expect(typed(row, 'S1,2026-09,1.001,1,0,0,0,0.00,0,ACTIVE,')).toBeNull();
    expect(typed(row, 'S1,2026-09,1.00,1,0,0,0,0.00,0,ACTIVE,"FETION"')).toBeNull();
    expect(() => compileFileOrderRow(FILE_SPECS.usage, ['subscriber_id', 'month', 'remark'])).toThrow(/remark/);
  });
});
