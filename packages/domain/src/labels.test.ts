import { BRANCHES } from './branches';
import { LABELS, labelOf, SPECIAL_TYPES, STICKY_SERVICES } from './subscriber-vocabulary';
import { TREATMENT_MATRIX } from './treatment';

describe('labels', () => {
  it('name every value of the extracts and the treatment matrix in both languages', () => {
    for (const value of SPECIAL_TYPES) expect(LABELS.specialType[value]).toBeDefined();
    for (const value of STICKY_SERVICES) expect(LABELS.stickyService[value]).toBeDefined();
    for (const treatment of Object.values(TREATMENT_MATRIX)) {
      for (const item of [...treatment.products, ...treatment.promotions, ...treatment.newServices, ...treatment.service]) {
        expect((LABELS.treatment as Record<string, unknown>)[item]).toBeDefined();
      }
      for (const channel of treatment.channels) expect((LABELS.channel as Record<string, unknown>)[channel]).toBeDefined();
    }
    for (const vocabulary of Object.values(LABELS)) {
      for (const label of Object.values(vocabulary)) {
        expect(label['zh-CN']).toBeTruthy();
        expect(label.en).toMatch(/^[\x20-\x7e–≥<+]+$/);
      }
    }
    expect(BRANCHES).toHaveLength(21);
  });

  it('reads a label in the language asked for, and an unknown value as itself', () => {
    expect(labelOf('brand', 'GOTONE', 'zh-CN')).toBe('全球通');
    expect(labelOf('vipCard', 'NONE', 'en')).toBe('None');
    expect(labelOf('treatment', '集团V网', 'en')).toBe('Group V-net');
    expect(labelOf('brand', 'NEW_BRAND', 'en')).toBe('NEW_BRAND');
    expect(labelOf('brand', null, 'en')).toBe('—');
  });
});
