/**
 * The demo base's fixed tables: branches, counties, account kinds and the mix of
 * stabilizing measures. generate.ts turns these into customers; the numbers were tuned
 * so the extracts show DOMAIN.md §8's shapes (see generate.test.ts for the measured values).
 */

export interface BranchProfile {
  code: string;
  /** Relative size of the branch's customer base. */
  weight: number;
  /** Multiplies every bill: the capital spends more than the plateau. */
  spend: number;
  /** Multiplies churn: competitors press hardest in the capital, least on the plateau. */
  churn: number;
  counties: readonly string[];
}

/** The 21 Sichuan branches (DOMAIN.md §1): Chengdu ≈ 24%, the small ones 1.5–2%. */
export const BRANCH_PROFILES: readonly BranchProfile[] = [
  { code: 'CD', weight: 25, spend: 1.1, churn: 1.15, counties: ['锦江区', '青羊区', '武侯区', '成华区', '双流区', '郫都区'] },
  { code: 'ZG', weight: 4, spend: 0.97, churn: 1, counties: ['自流井区', '贡井区', '富顺县'] },
  { code: 'PZH', weight: 2, spend: 1.03, churn: 0.9, counties: ['东区', '西区', '米易县'] },
  { code: 'LZ', weight: 5, spend: 0.98, churn: 1, counties: ['江阳区', '龙马潭区', '泸县'] },
  { code: 'DY', weight: 6, spend: 1, churn: 1, counties: ['旌阳区', '广汉市', '什邡市'] },
  { code: 'MY', weight: 7, spend: 1, churn: 1.05, counties: ['涪城区', '游仙区', '江油市'] },
  { code: 'GY', weight: 3, spend: 0.94, churn: 0.9, counties: ['利州区', '昭化区', '苍溪县'] },
  { code: 'SN', weight: 4, spend: 0.95, churn: 0.95, counties: ['船山区', '安居区', '射洪市'] },
  { code: 'NJ', weight: 4, spend: 0.95, churn: 0.95, counties: ['市中区', '东兴区', '资中县'] },
  { code: 'LS', weight: 5, spend: 0.98, churn: 1, counties: ['市中区', '五通桥区', '峨眉山市'] },
  { code: 'NC', weight: 6, spend: 0.95, churn: 1, counties: ['顺庆区', '高坪区', '阆中市'] },
  { code: 'MS', weight: 4, spend: 0.97, churn: 1, counties: ['东坡区', '彭山区', '仁寿县'] },
  { code: 'YB', weight: 5, spend: 0.98, churn: 1, counties: ['翠屏区', '南溪区', '叙州区'] },
  { code: 'GA', weight: 4, spend: 0.94, churn: 0.95, counties: ['广安区', '前锋区', '岳池县', '武胜县'] },
  { code: 'DZ', weight: 5, spend: 0.95, churn: 0.95, counties: ['通川区', '达川区', '宣汉县'] },
  { code: 'YA', weight: 2, spend: 0.95, churn: 0.8, counties: ['雨城区', '名山区', '荥经县'] },
  { code: 'BZ', weight: 3, spend: 0.92, churn: 0.9, counties: ['巴州区', '恩阳区', '平昌县'] },
  { code: 'ZY', weight: 3, spend: 0.95, churn: 0.95, counties: ['雁江区', '安岳县', '乐至县'] },
  { code: 'AB', weight: 1.5, spend: 0.92, churn: 0.6, counties: ['马尔康市', '汶川县', '九寨沟县'] },
  { code: 'GZ', weight: 1.5, spend: 0.9, churn: 0.6, counties: ['康定市', '泸定县', '理塘县'] },
  { code: 'LSZ', weight: 4, spend: 0.93, churn: 0.75, counties: ['西昌市', '会理市', '冕宁县'] },
];

/** seed 001's do-not-market account kinds (DOMAIN.md §2 special_type). */
export const SPECIAL_TYPES = [
  'PUBLIC_PHONE', 'DATA_CARD', 'OFFICIAL', 'EMPLOYEE', 'TEST', 'RURAL',
  'TRIAL', 'MILITARY', 'BIG_ACCOUNT', 'REGULATOR', 'GOVERNMENT', 'PENDING_CANCEL',
] as const;

/** Sticky services, in the order they are written in the `services` column. */
export const SERVICES = ['MAIL139', 'FETION', 'BANK_AUTOPAY', 'YINXINTONG', 'MOBILE_PAY'] as const;

/** China Mobile number blocks (13x/15x/18x). */
export const MSISDN_PREFIXES = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188'] as const;

/** Value tier: the customer's typical monthly bill band. */
export type Tier = 'high' | 'mid' | 'low';

/** The five stabilizing measures of DOMAIN.md §3. */
export type Measure = 'GOTONE' | 'GROUP' | 'FAMILY' | 'DEPOSIT_GIFT' | 'TERMINAL';

/**
 * How many stabilizing measures a customer holds, by tier. With churn (bare customers
 * leave faster) the high tier ends close to seed 000's coverage of dynamic mid-high-end
 * customers: ≥1 85%, ≥2 31.3%, ≥3 17.2%.
 */
export const MEASURE_COUNT: Record<Tier, readonly (readonly [number, number])[]> = {
  high: [[0, 11], [1, 56], [2, 14], [3, 11], [4, 6], [5, 2]],
  mid: [[0, 38], [1, 46], [2, 11], [3, 5]],
  low: [[0, 62], [1, 32], [2, 5], [3, 1]],
};

/** Which measures a customer with k of them holds: GoTone is a high-value brand (≈ 1/3 of mid-high-end). */
export const MEASURE_WEIGHTS: Record<Tier, readonly (readonly [Measure, number])[]> = {
  high: [['GOTONE', 27], ['GROUP', 22], ['DEPOSIT_GIFT', 20], ['FAMILY', 15], ['TERMINAL', 13]],
  mid: [['GOTONE', 12], ['GROUP', 24], ['DEPOSIT_GIFT', 26], ['FAMILY', 22], ['TERMINAL', 16]],
  low: [['GOTONE', 4], ['GROUP', 26], ['DEPOSIT_GIFT', 30], ['FAMILY', 26], ['TERMINAL', 14]],
};
