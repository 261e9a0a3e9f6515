import { maskMsisdn, planFit, TREATMENT_MATRIX } from './treatment';

const base = { tenureMonths: 24, mou: 100, roamingMou: 0, dataMb: 100, priorDataMb: 100, familyPlan: false, churnRisk: false };

describe('plan fit (产品归位)', () => {
  it.each([
    ['new customer', { tenureMonths: 5 }, ['SL58']],
    ['churn risk', { churnRisk: true }, ['SL58']],
    ['business traveller', { tenureMonths: 7, mou: 300, roamingMou: 60 }, ['SL88']],
    ['business traveller too new', { tenureMonths: 6, mou: 300, roamingMou: 60 }, []],
    ['fast-growing data, low voice', { dataMb: 900, priorDataMb: 600, mou: 149 }, ['SLG3']],
    ['growing data but talkative', { dataMb: 900, priorDataMb: 600, mou: 150 }, []],
    ['family', { familyPlan: true }, ['HJH_F']],
  ])('%s', (_name, facts, plans) => {
    expect(planFit({ ...base, ...facts })).toEqual(plans);
  });
});

describe('treatment matrix', () => {
  it('serves churn-risk customers by phone managers only', () => {
    expect(TREATMENT_MATRIX.CHURN_RISK.channels).toEqual(['PHONE_MANAGER']);
    expect(TREATMENT_MATRIX.IMPORTANT.channels).toContain('ACCOUNT_MANAGER');
  });
});

describe('maskMsisdn', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskMsisdn('13812341234')).toBe('138****1234');
    expect(maskMsisdn('123')).toBe('***');
  });
});
