import { evaluateCampaignQuery } from './evaluation.sql';
import { evaluationWindows } from './evaluation-windows';

const CAMPAIGN = '00000000-0000-4000-8000-000000000001';

/** month position → the month it joins, read back from the statement's text and parameters. */
function joinedMonths(text: string, values: unknown[]): Record<string, unknown> {
  return Object.fromEntries([...text.matchAll(/u(\d+)\.month = \$(\d+)::date/g)].map(([, i, p]) => [`u${i}`, values[Number(p) - 1]]));
}

describe('evaluateCampaignQuery: one usage join per month of the windows (the values are in DOMAIN.md §6)', () => {
  it('s = 2031-04, e = 2031-06: before Jan–Mar, after Apr–Jun, on network at Jun', () => {
    const { text, values } = evaluateCampaignQuery(CAMPAIGN, evaluationWindows('2031-04', '2031-06'));
    expect(values[0]).toBe(CAMPAIGN);
    expect(joinedMonths(text, values)).toEqual({ u0: '2031-01-01', u1: '2031-02-01', u2: '2031-03-01', u3: '2031-04-01', u4: '2031-05-01', u5: '2031-06-01' });
    expect(text).toContain(
      '(coalesce(u3.bill_amount, 0) + coalesce(u4.bill_amount, 0) + coalesce(u5.bill_amount, 0))::float8 / 3 - (coalesce(u0.bill_amount, 0) + coalesce(u1.bill_amount, 0) + coalesce(u2.bill_amount, 0))::float8 / 3 AS change',
    );
    expect(text).toContain("coalesce(u5.status <> 'CHURNED', false) AS on_network");
    // The tenure band is the list's own (as recorded by its build), not a join over the subscribers.
    expect(text).toContain("coalesce(l.tenure_band, 'UNKNOWN') AS tenure_band");
    expect(text).not.toContain('subscriber_v1');
  });

  it('e = s+3: the after-window stays s … s+2; e is joined for churn only', () => {
    const { text, values } = evaluateCampaignQuery(CAMPAIGN, evaluationWindows('2031-04', '2031-07'));
    expect(Object.keys(joinedMonths(text, values))).toHaveLength(7);
    expect(joinedMonths(text, values).u6).toBe('2031-07-01');
    expect(text).toContain('(coalesce(u3.bill_amount, 0) + coalesce(u4.bill_amount, 0) + coalesce(u5.bill_amount, 0))::float8 / 3 -');
    expect(text).not.toMatch(/u6\.bill_amount/);
    expect(text).toContain("coalesce(u6.status <> 'CHURNED', false) AS on_network");
  });

  it('e = s+1 (provisional): the after-window is s … e, its mean over two months', () => {
    const { text } = evaluateCampaignQuery(CAMPAIGN, evaluationWindows('2031-04', '2031-05'));
    expect(text).toContain('(coalesce(u3.bill_amount, 0) + coalesce(u4.bill_amount, 0))::float8 / 2 - (coalesce(u0.bill_amount, 0) + coalesce(u1.bill_amount, 0) + coalesce(u2.bill_amount, 0))::float8 / 3 AS change');
    expect(text).toContain("coalesce(u4.status <> 'CHURNED', false) AS on_network");
  });

  it('without a start month: no ARPU change, e joined for churn only', () => {
    const { text, values } = evaluateCampaignQuery(CAMPAIGN, evaluationWindows(null, '2031-06'));
    expect(joinedMonths(text, values)).toEqual({ u0: '2031-06-01' });
    expect(text).toContain('NULL::float8 AS change');
    expect(text).not.toMatch(/bill_amount/);
  });

  it('writes only positions into the text: the campaign and months are parameters', () => {
    const { text } = evaluateCampaignQuery(CAMPAIGN, evaluationWindows('2031-04', '2031-07'));
    expect(text).not.toContain(CAMPAIGN);
    expect(text).not.toMatch(/20\d\d-\d\d/);
  });
});
