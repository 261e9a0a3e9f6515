import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoData } from './generate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

describe('generateDemoData', () => {
  it('is deterministic for a seed and differs between seeds', async () => {
    const a = await generateDemoData({ subscribers: 2000, months: 13, seed: 42, outDir: path.join(tmp, 'a') });
    await generateDemoData({ subscribers: 2000, months: 13, seed: 42, outDir: path.join(tmp, 'b') });
    await generateDemoData({ subscribers: 2000, months: 13, seed: 43, outDir: path.join(tmp, 'c') });
    for (const file of ['subscribers.csv', 'usage.csv', 'offers.csv']) {
      expect(read(path.join(tmp, 'a'), file)).toEqual(read(path.join(tmp, 'b'), file));
    }
    expect(read(path.join(tmp, 'a'), 'usage.csv')).not.toEqual(read(path.join(tmp, 'c'), 'usage.csv'));
    expect(a.months).toHaveLength(13);
    expect(a.months[12]).toBe('2026-10');
    expect(a.counts.subscribers).toBe(2000);
  });

  it('writes the DOMAIN.md §2 columns in valid formats', () => {
    const dir = path.join(tmp, 'a');
    const subs = read(dir, 'subscribers.csv').trimEnd().split('\n');
    expect(subs[0]).toBe('subscriber_id,msisdn,branch_code,county,brand,plan_code,join_date,group_class,group_key_member,vnet_member,family_plan,vip_card,special_type,birthday');
    const sub = /^S\d{7},1[358]\d{9},[A-Z]{2,3},[^,]+,(GOTONE|EASYOWN|MZONE),(SL58|SL88|SL128|SLG3|HJH_F|BASIC),\d{4}-\d{2}-\d{2},[ABC]?,(true|false),(true|false),(true|false),(DIAMOND|GOLD|SILVER|NONE),[A-Z_]*,(\d{4}-\d{2}-\d{2})?$/;
    for (const line of subs.slice(1)) expect(line).toMatch(sub);
    const ids = subs.slice(1).map((l) => l.split(',')[0]);
    const numbers = subs.slice(1).map((l) => l.split(',')[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(numbers).size).toBe(numbers.length);

    const usage = read(dir, 'usage.csv').trimEnd().split('\n');
    expect(usage[0]).toBe('subscriber_id,month,bill_amount,outgoing_mou,long_distance_mou,roaming_mou,data_mb,balance,arrears_months,status,services');
    const row = /^S\d{7},\d{4}-\d{2},\d+\.\d{2},\d+,\d+,\d+,\d+,-?\d+\.\d{2},\d,(ACTIVE|SUSPENDED|CHURNED),((MAIL139|FETION|BANK_AUTOPAY|YINXINTONG|MOBILE_PAY)(;(MAIL139|FETION|BANK_AUTOPAY|YINXINTONG|MOBILE_PAY))*)?$/;
    for (const line of usage.slice(1)) expect(line).toMatch(row);

    const offers = read(dir, 'offers.csv').trimEnd().split('\n');
    for (const line of offers.slice(1)) expect(line).toMatch(/^S\d{7},(DEPOSIT_GIFT|TERMINAL),[A-Z0-9_]+,\d{4}-\d{2},\d+,\d+\.\d{2}$/);
  });

  it('spreads customers over the 21 branches with Chengdu largest', () => {
    const subs = read(path.join(tmp, 'a'), 'subscribers.csv').trimEnd().split('\n').slice(1);
    const byBranch = new Map<string, number>();
    for (const line of subs) byBranch.set(line.split(',')[2], (byBranch.get(line.split(',')[2]) ?? 0) + 1);
    expect(byBranch.size).toBe(21);
    const largest = [...byBranch.entries()].sort((x, y) => y[1] - x[1])[0];
    expect(largest[0]).toBe('CD');
  });

  it('stops a customer’s usage after the month they churn', () => {
    const usage = read(path.join(tmp, 'a'), 'usage.csv').trimEnd().split('\n').slice(1);
    const churnedAt = new Map<string, string>();
    for (const line of usage) {
      const [id, month, , , , , , , , status] = line.split(',');
      expect(churnedAt.has(id)).toBe(false);
      if (status === 'CHURNED') churnedAt.set(id, month);
    }
    expect(churnedAt.size).toBeGreaterThan(0);
  });
});
