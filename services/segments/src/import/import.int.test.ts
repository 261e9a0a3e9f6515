import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startService, type RunningService } from '@retention/graphql-kit';
import { createTestDatabase, type TestDatabase } from '@retention/test-kit';
import { segmentsService } from '../app';
import { JobService } from '../jobs/job.service';
import { ImportService, type ImportRequest } from './import.service';
import { generateDemoData } from '../generator/generate';
import { MAX_MONTH_LOADERS } from './usage-direct-load';
import { USAGE_STATISTICS_STALE_SQL } from './usage-statistics';

let db: TestDatabase;
let service: RunningService;
let imports: ImportService;
let jobs: JobService;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-test-'));

beforeAll(async () => {
  db = await createTestDatabase();
  service = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0 });
  imports = new ImportService(service.dataSource);
  jobs = new JobService(service.dataSource);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SUB_HEADER = 'subscriber_id,msisdn,branch_code,county,brand,plan_code,join_date,group_class,group_key_member,vnet_member,family_plan,vip_card,special_type,birthday';
const USAGE_HEADER = 'subscriber_id,month,bill_amount,outgoing_mou,long_distance_mou,roaming_mou,data_mb,balance,arrears_months,status,services';
const OFFER_HEADER = 'subscriber_id,kind,tier,start_month,months,cost';

function write(name: string, lines: string[] | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.isBuffer(lines) ? lines : `${lines.join('\n')}\n`);
  return file;
}

async function run(files: ImportRequest['files'], quarantine = false) {
  const jobId = await jobs.create('IMPORT', {}, 'test');
  return { jobId, outcome: await imports.run(jobId, { files, quarantine }) };
}

const count = async (sql: string): Promise<number> => (await service.dataSource.query(sql))[0].n;
const counts = async () => ({
  subscribers: await count('SELECT count(*)::int AS n FROM segments.subscriber'),
  usage: await count('SELECT count(*)::int AS n FROM segments.usage'),
  offers: await count('SELECT count(*)::int AS n FROM segments.offer'),
});

const base = {
  subscribers: [
    SUB_HEADER,
    'S1,13800000001,CD,锦江区,GOTONE,SL88,2015-03-31,A,true,true,false,GOLD,,1980-05-06',
    'S2,13800000002,GA,广安区,MZONE,SL58,2024-02-29,,false,false,true,NONE,EMPLOYEE,',
    'S3,13800000003,CD,青羊区,EASYOWN,BASIC,2020-01-01,C,0,1,0,NONE,,',
  ],
  usage: [
    USAGE_HEADER,
    'S1,2026-09,188.50,320,40,12,2048,35.20,0,ACTIVE,MAIL139;FETION',
    'S1,2026-10,201.00,300,50,0,3000,10.00,0,ACTIVE,',
    'S2,2026-10,58.00,80,0,0,500,-3.50,1,SUSPENDED,MOBILE_PAY',
    'S3,2026-10,0.00,0,0,0,0,0.00,0,CHURNED,',
  ],
  offers: [OFFER_HEADER, 'S1,DEPOSIT_GIFT,DEP300,2026-05,10,300.00', 'S2,TERMINAL,TD_SUBSIDY70,2025-12,20,980.00'],
};

describe('a clean import', () => {
  it('loads all three extracts and records the loaded months', async () => {
    const { outcome } = await run({
      subscribers: write('subscribers.csv', base.subscribers),
      usage: write('usage.csv', base.usage),
      offers: write('offers.csv', base.offers),
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.errorCount).toBe(0);
    expect(await counts()).toEqual({ subscribers: 3, usage: 4, offers: 2 });
    const s1 = (await service.dataSource.query("SELECT * FROM segments.subscriber WHERE subscriber_id = 'S1'"))[0];
    expect(s1).toMatchObject({ branch_code: 'CD', group_class: 'A', group_key_member: true, vip_card: 'GOLD', special_type: null });
    const u = (await service.dataSource.query("SELECT bill_amount, balance, services FROM segments.usage WHERE subscriber_id = 'S1' AND month = '2026-09-01'"))[0];
    expect(u).toEqual({ bill_amount: '188.50', balance: '35.20', services: 'MAIL139;FETION' });
    expect(await count("SELECT count(*)::int AS n FROM segments.usage WHERE subscriber_id = 'S3' AND services = ''")).toBe(1);
    expect(outcome.files.find((f) => f.kind === 'usage')!.route).toBe('direct');
    const months = await service.dataSource.query("SELECT to_char(month, 'YYYY-MM') AS m, usage_rows FROM segments.loaded_month ORDER BY 1");
    expect(months).toEqual([{ m: '2026-09', usage_rows: 1 }, { m: '2026-10', usage_rows: 3 }]);
    // The partitioned parent has statistics of its own, which joins to one month by key are planned on (B4).
    expect(await count("SELECT count(*)::int AS n FROM pg_stats WHERE schemaname = 'segments' AND tablename = 'usage' AND inherited AND attname = 'subscriber_id'")).toBe(1);
    // … which count as many different subscribers as there are (not the sample's guess).
    expect(await count("SELECT n_distinct::int AS n FROM pg_stats WHERE schemaname = 'segments' AND tablename = 'usage' AND inherited AND attname = 'subscriber_id'")).toBe(3);
    expect((await service.dataSource.query("SELECT attoptions FROM pg_attribute WHERE attrelid = 'segments.usage'::regclass AND attname = 'subscriber_id'"))[0].attoptions).toEqual(['n_distinct_inherited=3']);
  });

  it('replaces a month on reload instead of duplicating it, leaving other months alone', async () => {
    const { outcome } = await run({
      usage: write('usage-reload.csv', [USAGE_HEADER, 'S1,2026-10,150.00,200,0,0,100,0.00,0,ACTIVE,', 'S2,2026-10,60.00,90,0,0,100,0.00,0,ACTIVE,']),
    });
    expect(outcome.ok).toBe(true);
    const rows = await service.dataSource.query("SELECT subscriber_id, bill_amount FROM segments.usage WHERE month = '2026-10-01' ORDER BY 1");
    expect(rows).toEqual([{ subscriber_id: 'S1', bill_amount: '150.00' }, { subscriber_id: 'S2', bill_amount: '60.00' }]);
    expect(await count("SELECT count(*)::int AS n FROM segments.usage WHERE month = '2026-09-01'")).toBe(1);
  });

  it('accepts columns in any order, ignores unknown columns, a BOM and CRLF line ends, and updates master data', async () => {
    const text = '\ufeffbrand,subscriber_id,remark,msisdn,branch_code,plan_code,join_date,vip_card,group_key_member,vnet_member,family_plan\r\n'
      + 'MZONE,S4,新用户,13800000004,LSZ,SL58,2026-10-31,NONE,false,false,false\r\n'
      + 'GOTONE,S2,,13800000002,GA,SL128,2024-02-29,SILVER,false,false,true\r\n';
    const { outcome } = await run({ subscribers: write('reordered.csv', Buffer.from(text, 'utf8')) });
    expect(outcome.ok).toBe(true);
    expect(outcome.files[0].ignoredColumns).toEqual(['remark']);
    const s2 = (await service.dataSource.query("SELECT brand, plan_code, vip_card FROM segments.subscriber WHERE subscriber_id = 'S2'"))[0];
    expect(s2).toEqual({ brand: 'GOTONE', plan_code: 'SL128', vip_card: 'SILVER' });
    expect(await count('SELECT count(*)::int AS n FROM segments.subscriber')).toBe(4);
  });

  it('names the unknown columns of a usage file it ignored (e.g. branch_code), for the page to warn about', async () => {
    const lines = [`${USAGE_HEADER},branch_code`, 'S1,2026-10,201.00,300,50,0,3000,10.00,0,ACTIVE,,CD'];
    const { jobId, outcome } = await run({ usage: write('usage-extra.csv', lines) });
    expect(outcome.ok).toBe(true);
    expect(outcome.files[0].ignoredColumns).toEqual(['branch_code']);
    const res = await service.dataSource.query('SELECT result FROM segments.job WHERE id = $1', [jobId]);
    expect(res[0].result.files[0].ignoredColumns).toEqual(['branch_code']);
  });

  it('reads quoted cells holding commas, quotes and line breaks', async () => {
    const { outcome } = await run({
      subscribers: write('quoted.csv', [SUB_HEADER, 'S5,13800000005,CD,"锦江区, ""东""\n二段",GOTONE,SL88,2015-03-31,,false,false,false,NONE,,']),
    });
    expect(outcome.errors).toEqual([]);
    expect((await service.dataSource.query("SELECT county FROM segments.subscriber WHERE subscriber_id = 'S5'"))[0].county).toBe('锦江区, "东"\n二段');
  });

  it('keeps a value that looks like SQL as a plain value', async () => {
    const evil = "'; DROP TABLE segments.subscriber; --";
    const { outcome } = await run({ subscribers: write('evil.csv', [SUB_HEADER, `S5,13800000005,CD,"${evil}",GOTONE,SL88,2015-03-31,,false,false,false,NONE,,`]) });
    expect(outcome.ok).toBe(true);
    expect((await service.dataSource.query("SELECT county FROM segments.subscriber WHERE subscriber_id = 'S5'"))[0].county).toBe(evil);
  });

  it('reads the same columns from an .xlsx workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('offers');
    sheet.addRow(OFFER_HEADER.split(','));
    sheet.addRow(['S3', 'DEPOSIT_GIFT', 'DEP100', '2026-08', 6, 100]);
    sheet.addRow(['S4', 'TERMINAL', 'TD_LOWEND0', '2026-10', 12, 199.5]);
    const file = path.join(dir, 'offers.xlsx');
    await workbook.xlsx.writeFile(file);
    const { outcome } = await run({ offers: file });
    expect(outcome.errors).toEqual([]);
    expect(outcome.ok).toBe(true);
    const row = (await service.dataSource.query("SELECT months, cost FROM segments.offer WHERE subscriber_id = 'S4'"))[0];
    expect(row).toEqual({ months: 12, cost: '199.50' });
  });
});

describe('bad input imports nothing and says what and where', () => {
  const cases: [string, 'subscribers' | 'usage' | 'offers', string[], string, number | null][] = [
    ['unknown branch', 'subscribers', [SUB_HEADER, 'S9,13800000009,XX,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,'], 'UNKNOWN_BRANCH', 2],
    ['bad brand', 'subscribers', [SUB_HEADER, 'S9,13800000009,CD,,GOLD,SL88,2015-03-31,,false,false,false,NONE,,'], 'BAD_ENUM', 2],
    ['impossible date', 'subscribers', [SUB_HEADER, 'S9,13800000009,CD,,GOTONE,SL88,2025-02-29,,false,false,false,NONE,,'], 'BAD_DATE', 2],
    ['bad boolean', 'subscribers', [SUB_HEADER, 'S9,13800000009,CD,,GOTONE,SL88,2015-03-31,,yes,false,false,NONE,,'], 'BAD_BOOLEAN', 2],
    ['duplicate subscriber', 'subscribers', [SUB_HEADER, 'S9,1,CD,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,', 'S9,2,CD,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,'], 'DUPLICATE_KEY', 3],
    ['bad month', 'usage', [USAGE_HEADER, 'S1,2026-13,10.00,1,0,0,0,0.00,0,ACTIVE,'], 'BAD_MONTH', 2],
    ['negative bill', 'usage', [USAGE_HEADER, 'S1,2026-08,-0.01,1,0,0,0,0.00,0,ACTIVE,'], 'NEGATIVE', 2],
    ['three decimals', 'usage', [USAGE_HEADER, 'S1,2026-08,1.005,1,0,0,0,0.00,0,ACTIVE,'], 'NOT_AMOUNT', 2],
    ['bad status', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1,0,0,0,0.00,0,GONE,'], 'BAD_ENUM', 2],
    ['bad service', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1,0,0,0,0.00,0,ACTIVE,MAIL139;QQ'], 'BAD_SERVICE', 2],
    ['unknown subscriber', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1,0,0,0,0.00,0,ACTIVE,', 'NOPE,2026-08,1.00,1,0,0,0,0.00,0,ACTIVE,'], 'UNKNOWN_SUBSCRIBER', 3],
    ['duplicate month row', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1,0,0,0,0.00,0,ACTIVE,', 'S1,2026-08,2.00,1,0,0,0,0.00,0,ACTIVE,'], 'DUPLICATE_KEY', 3],
    ['empty required cell', 'usage', [USAGE_HEADER, 'S1,2026-08,,1,0,0,0,0.00,0,ACTIVE,'], 'REQUIRED', 2],
    ['fraction of minutes', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1.5,0,0,0,0.00,0,ACTIVE,'], 'NOT_INTEGER', 2],
    ['zero-month offer', 'offers', [OFFER_HEADER, 'S1,TERMINAL,TD,2026-01,0,100.00'], 'TOO_SMALL', 2],
    ['missing column', 'usage', ['subscriber_id,month,bill_amount', 'S1,2026-08,1.00'], 'MISSING_COLUMN', 1],
    ['repeated column', 'offers', ['subscriber_id,kind,tier,tier,start_month,months,cost', 'S1,TERMINAL,A,B,2026-01,1,1.00'], 'DUPLICATE_COLUMN', 1],
    ['empty file', 'offers', [''], 'EMPTY_FILE', 1],
    ['too few fields', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1,0,0,0,0.00,0,ACTIVE,', 'S1,2026-09,1.00'], 'MALFORMED_CSV', 3],
    ['unclosed quote', 'offers', [OFFER_HEADER, 'S1,TERMINAL,"TD,2026-01,1,100.00'], 'MALFORMED_CSV', 2],
    ['NUL in a text cell', 'subscribers', [SUB_HEADER, 'S9,13800000009,CD,锦\0江,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,'], 'NUL_CHARACTER', 2],
    ['NUL in a usage cell', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1,0,0,0,0.00,0,ACTIVE,MAIL139\0'], 'NUL_CHARACTER', 2],
    ['a 2 MB line', 'offers', [OFFER_HEADER, `S1,TERMINAL,${'X'.repeat(2 << 20)},2026-01,1,100.00`], 'LINE_TOO_LONG', 2],
    ['a quote never closed over 2 MB', 'usage', [USAGE_HEADER, 'S1,2026-08,1.00,1,0,0,0,0.00,0,ACTIVE,', `S1,2026-09,"${'1,'.repeat(1 << 20)}`], 'LINE_TOO_LONG', 3],
  ];

  it.each(cases)('%s', async (_name, kind, lines, code, line) => {
    const before = await counts();
    const { outcome, jobId } = await run({ [kind]: write(`${kind}-bad.csv`, lines) });
    expect(outcome.ok).toBe(false);
    expect(outcome.errors.find((e) => e.code === code)).toMatchObject({ code, line });
    expect(outcome.errors[0].message).toMatch(/line \d+/);
    expect(await counts()).toEqual(before);
    expect((await jobs.find(jobId))!.status).toBe('FAILED');
  });

  it('names the NUL cell with its line and column', async () => {
    const { outcome } = await run({ subscribers: write('nul.csv', [SUB_HEADER, 'S9,13800000009,CD,锦\0江,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,']) });
    expect(outcome.errors).toEqual([expect.objectContaining({ code: 'NUL_CHARACTER', line: 2, column: 'county', value: '锦\\0江' })]);
  });

  it('reports a file that is not UTF-8 with its line', async () => {
    const gbk = Buffer.concat([Buffer.from(`${SUB_HEADER}\nS9,13800000009,CD,`), Buffer.from([0xb3, 0xc9, 0xb6, 0xbc]), Buffer.from(',GOTONE,SL88,2015-03-31,,false,false,false,NONE,,\n')]);
    const before = await counts();
    const { outcome } = await run({ subscribers: write('gbk.csv', gbk) });
    expect(outcome.ok).toBe(false);
    expect(outcome.errors[0]).toMatchObject({ code: 'NOT_UTF8', line: 2 });
    expect(await counts()).toEqual(before);
  });

  it('rolls back every file of an import when one of them is bad', async () => {
    const before = await counts();
    const { outcome } = await run({
      subscribers: write('ok-subs.csv', [SUB_HEADER, 'S7,13800000007,CD,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,']),
      usage: write('bad-usage.csv', [USAGE_HEADER, 'S7,2026-10,-5.00,1,0,0,0,0.00,0,ACTIVE,']),
    });
    expect(outcome.ok).toBe(false);
    expect(await counts()).toEqual(before);
  });
});

describe('--quarantine', () => {
  it('imports the good rows and keeps the bad ones with their reasons', async () => {
    const { outcome, jobId } = await run(
      {
        subscribers: write('q-subs.csv', [SUB_HEADER, 'S8,13800000008,CD,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,', 'S10,13800000010,ZZ,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,']),
        usage: write('q-usage.csv', [USAGE_HEADER, 'S8,2026-07,130.00,150,0,0,0,0.00,0,ACTIVE,', 'S10,2026-07,130.00,150,0,0,0,0.00,0,ACTIVE,', 'S8,2026-06,-1.00,150,0,0,0,0.00,0,ACTIVE,']),
      },
      true,
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.files.map((f) => [f.kind, f.rowsImported, f.rowsRejected])).toEqual([['subscribers', 1, 1], ['usage', 1, 2]]);
    expect(await count("SELECT count(*)::int AS n FROM segments.subscriber WHERE subscriber_id IN ('S8', 'S10')")).toBe(1);
    const kept = await service.dataSource.query('SELECT file, line, code, quarantined, raw->>\'subscriber_id\' AS sid FROM segments.import_error WHERE job_id = $1 ORDER BY file, line', [jobId]);
    expect(kept).toEqual([
      { file: 'q-subs.csv', line: '3', code: 'UNKNOWN_BRANCH', quarantined: true, sid: 'S10' },
      { file: 'q-usage.csv', line: '3', code: 'UNKNOWN_SUBSCRIBER', quarantined: true, sid: 'S10' },
      { file: 'q-usage.csv', line: '4', code: 'NEGATIVE', quarantined: true, sid: 'S8' },
    ]);
    expect((await jobs.find(jobId))!.status).toBe('SUCCEEDED');
  });
});

describe('usage months', () => {
  it('loads a month far from today (through the default partition) like any other', async () => {
    const { outcome } = await run({ usage: write('old-usage.csv', [USAGE_HEADER, 'S1,2015-01,10.00,1,0,0,0,0.00,0,ACTIVE,', 'S2,2015-01,20.00,1,0,0,0,0.00,0,ACTIVE,', 'S1,2026-10,30.00,1,0,0,0,0.00,0,ACTIVE,']) });
    expect(outcome.errors).toEqual([]);
    expect(outcome.files[0].months).toEqual(['2015-01', '2026-10']);
    expect(await count("SELECT count(*)::int AS n FROM segments.usage WHERE month = '2015-01-01'")).toBe(2);
    expect(await count("SELECT usage_rows AS n FROM segments.loaded_month WHERE month = '2015-01-01'")).toBe(2);
    expect(await count("SELECT count(*)::int AS n FROM segments.usage WHERE month = '2026-10-01'")).toBe(1);
    // Nothing of the import is left behind.
    expect(await count("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'segments' AND tablename LIKE 'usage_in_%'")).toBe(0);
  });

  it("gathers the usage parent's statistics again when its rows moved by more than a tenth, not on a reload of the same rows", async () => {
    const parent = async () => (await service.dataSource.query(
      "SELECT c.reltuples::int AS rows, coalesce(s.analyze_count, 0)::int AS analyses FROM pg_class c LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid WHERE c.oid = 'segments.usage'::regclass",
    ))[0] as { rows: number; analyses: number };
    const usageRows = () => count('SELECT count(*)::int AS n FROM segments.usage');
    const lines = [USAGE_HEADER];
    for (const month of ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']) lines.push(`S1,${month},10.00,1,0,0,0,0.00,0,ACTIVE,`, `S2,${month},20.00,1,0,0,0,0.00,0,ACTIVE,`);
    expect((await run({ usage: write('grow-usage.csv', lines) })).outcome.ok).toBe(true);
    const grown = await parent();
    expect(grown.rows).toBe(await usageRows());
    // The same rows again: the parent's statistics still describe them, and are kept.
    expect((await run({ usage: write('grow-usage-again.csv', lines) })).outcome.ok).toBe(true);
    expect(await parent()).toEqual(grown);
    expect((await service.dataSource.query(USAGE_STATISTICS_STALE_SQL))[0].stale).toBe(false);
  });

  const loadingTables = () => count("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'segments' AND tablename ~ '^usage_(in_|[0-9]{6}_)'");

  it('loads a clean file month by month, straight into the months, leaving no loading table behind', async () => {
    const lines = [USAGE_HEADER];
    for (const month of ['2026-01', '2026-02', '2026-03']) lines.push(`S1,${month},120.00,100,0,0,0,0.00,0,ACTIVE,FETION`, `S2,${month},80.00,50,0,0,0,1.00,0,SUSPENDED,`);
    const { outcome } = await run({ usage: write('direct-usage.csv', lines) });
    expect(outcome.errors).toEqual([]);
    expect(outcome.files[0]).toMatchObject({ route: 'direct', rowsRead: 6, rowsImported: 6, months: ['2026-01', '2026-02', '2026-03'] });
    expect(await service.dataSource.query("SELECT to_char(month, 'YYYY-MM') AS m, usage_rows FROM segments.loaded_month WHERE month BETWEEN '2026-01-01' AND '2026-03-01' ORDER BY 1")).toEqual([
      { m: '2026-01', usage_rows: 2 }, { m: '2026-02', usage_rows: 2 }, { m: '2026-03', usage_rows: 2 },
    ]);
    expect(await count("SELECT count(*)::int AS n FROM segments.usage WHERE month = '2026-02-01' AND status = 'SUSPENDED' AND services = ''")).toBe(1);
    expect(await loadingTables()).toBe(0);
  });

  it('reads quoted and padded cells on the direct path like plain ones', async () => {
    const { outcome } = await run({ usage: write('padded-usage.csv', [USAGE_HEADER, 'S1,2026-03, 121.50 ,100,0,0,0,0.00,0,ACTIVE,"MAIL139 ; FETION"', 'S2, 2026-03,1.00,1,0,0,0,0.00,0,ACTIVE,']) });
    expect(outcome.errors).toEqual([]);
    expect(outcome.files[0]).toMatchObject({ route: 'direct', rowsImported: 2, months: ['2026-03'] });
    expect(await service.dataSource.query("SELECT bill_amount, services FROM segments.usage WHERE subscriber_id = 'S1' AND month = '2026-03-01'")).toEqual([
      { bill_amount: '121.50', services: 'MAIL139;FETION' },
    ]);
  });

  it('quarantines bad cells on the direct path with their lines', async () => {
    const { outcome, jobId } = await run({ usage: write('q-direct.csv', [USAGE_HEADER, 'S1,2026-02,10.00,1,0,0,0,0.00,0,ACTIVE,', 'S2,2026-02,x,1,0,0,0,0.00,0,ACTIVE,', 'S2,2026-03,5.00,1,0,0,0,0.00,0,ACTIVE,']) }, true);
    expect(outcome.ok).toBe(true);
    expect(outcome.files[0]).toMatchObject({ route: 'direct', rowsRead: 3, rowsImported: 2, rowsRejected: 1, months: ['2026-02', '2026-03'] });
    expect(await service.dataSource.query('SELECT line, code, quarantined FROM segments.import_error WHERE job_id = $1', [jobId])).toEqual([{ line: '3', code: 'NOT_AMOUNT', quarantined: true }]);
    expect(await count("SELECT count(*)::int AS n FROM segments.usage WHERE month = '2026-02-01'")).toBe(1);
  });

  it('reports unknown subscribers on the direct path with their lines', async () => {
    const before = await counts();
    const { outcome } = await run({ usage: write('unk-usage.csv', [USAGE_HEADER, 'S1,2026-01,1.00,1,0,0,0,0.00,0,ACTIVE,', 'S2,2026-02,x,1,0,0,0,0.00,0,ACTIVE,', 'S404,2026-02,1.00,1,0,0,0,0.00,0,ACTIVE,', '"S405",2026-02,1.00,1,0,0,0,0.00,0,ACTIVE,']) });
    expect(outcome.files[0].route).toBe('direct');
    expect(outcome.errors).toMatchObject([
      { code: 'NOT_AMOUNT', line: 3 },
      { code: 'UNKNOWN_SUBSCRIBER', line: 4, value: 'S404', message: 'line 4: subscriber_id "S404" is not in the subscriber master data' },
      { code: 'UNKNOWN_SUBSCRIBER', line: 5, value: 'S405' },
    ]);
    expect(await counts()).toEqual(before);
    expect(await loadingTables()).toBe(0);
  });

  it('knows the subscribers of the same import, but not its rejected ones', async () => {
    const { outcome } = await run({
      subscribers: write('new-subs.csv', [SUB_HEADER, 'S20,13800000020,CD,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,', 'S21,13800000021,XX,,GOTONE,SL88,2015-03-31,,false,false,false,NONE,,']),
      usage: write('new-usage.csv', [USAGE_HEADER, 'S20,2026-05,1.00,1,0,0,0,0.00,0,ACTIVE,', 'S21,2026-05,1.00,1,0,0,0,0.00,0,ACTIVE,']),
    });
    expect(outcome.files[1].route).toBe('direct');
    expect(outcome.errors.map((e) => [e.file, e.code, e.line])).toEqual([['new-subs.csv', 'UNKNOWN_BRANCH', 3], ['new-usage.csv', 'UNKNOWN_SUBSCRIBER', 3]]);
  });

  it('gives up the direct path for a repeated row, reporting its line once and leaving nothing behind', async () => {
    const before = await counts();
    const { outcome } = await run({ usage: write('rep-usage.csv', [USAGE_HEADER, 'S1,2026-01,1.00,1,0,0,0,0.00,0,ACTIVE,', 'S2,2026-02,x,1,0,0,0,0.00,0,ACTIVE,', 'S1,2026-01,2.00,1,0,0,0,0.00,0,ACTIVE,']) });
    expect(outcome.files[0].route).toBe('staged');
    // Each error once: the cell errors of the given-up direct load are not kept twice.
    expect(outcome.errors).toMatchObject([{ code: 'NOT_AMOUNT', line: 3 }, { code: 'DUPLICATE_KEY', line: 4 }]);
    expect(await counts()).toEqual(before);
    expect(await loadingTables()).toBe(0);
  });

  it('takes the staged path for a file of more months than it loads side by side', async () => {
    const months = Array.from({ length: MAX_MONTH_LOADERS + 1 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const { outcome } = await run({ usage: write('many-months.csv', [USAGE_HEADER, ...months.map((m) => `S1,${m},1.00,1,0,0,0,0.00,0,ACTIVE,`)]) });
    expect(outcome.errors).toEqual([]);
    expect(outcome.files[0]).toMatchObject({ route: 'staged', rowsImported: months.length });
    expect(await count("SELECT count(*)::int AS n FROM segments.usage WHERE subscriber_id = 'S1' AND month BETWEEN '2020-01-01' AND '2022-01-01'")).toBe(months.length);
    expect(await loadingTables()).toBe(0);
  });

  it('loads generated extracts to the same rows on the direct and the staged path', async () => {
    const generated = await generateDemoData({ subscribers: 300, months: 4, seed: 11, outDir: path.join(dir, 'generated'), endMonth: '2024-04' });
    const first = await run({ subscribers: generated.files.subscribers, usage: generated.files.usage });
    expect(first.outcome.files[1]).toMatchObject({ route: 'direct', rowsImported: generated.counts.usage });
    await service.dataSource.query("CREATE TABLE segments.direct_rows AS SELECT * FROM segments.usage WHERE month BETWEEN '2024-01-01' AND '2024-04-01'");
    // An extra column sends the same rows down the staged path.
    const lines = fs.readFileSync(generated.files.usage, 'utf8').trimEnd().split('\n');
    const staged = await run({ usage: write('generated-extra.csv', lines.map((l, i) => `${l},${i === 0 ? 'remark' : 'x'}`)) });
    expect(staged.outcome.files[0]).toMatchObject({ route: 'staged', rowsImported: generated.counts.usage });
    const differ = async (a: string, b: string) => count(`SELECT count(*)::int AS n FROM (SELECT * FROM ${a} EXCEPT SELECT * FROM ${b}) d`);
    const live = "(SELECT * FROM segments.usage WHERE month BETWEEN '2024-01-01' AND '2024-04-01') l";
    expect([await differ('segments.direct_rows', live), await differ(live, 'segments.direct_rows')]).toEqual([0, 0]);
    await service.dataSource.query('DROP TABLE segments.direct_rows');
  });

  it('quarantines a repeated month row and imports the first one', async () => {
    const { outcome } = await run({ usage: write('dup-usage.csv', [USAGE_HEADER, 'S1,2026-04,11.00,1,0,0,0,0.00,0,ACTIVE,', 'S1,2026-04,12.00,1,0,0,0,0.00,0,ACTIVE,', 'S2,2026-04,13.00,1,0,0,0,0.00,0,ACTIVE,']) }, true);
    expect(outcome.ok).toBe(true);
    expect(outcome.errors).toMatchObject([{ code: 'DUPLICATE_KEY', line: 3, value: 'S1, 2026-04' }]);
    expect(outcome.files[0]).toMatchObject({ rowsImported: 2, rowsRejected: 1, months: ['2026-04'] });
    expect(await service.dataSource.query("SELECT subscriber_id, bill_amount FROM segments.usage WHERE month = '2026-04-01' ORDER BY 1")).toEqual([
      { subscriber_id: 'S1', bill_amount: '11.00' }, { subscriber_id: 'S2', bill_amount: '13.00' },
    ]);
  });
});
