/** Branch sizes (share of the base) and a few counties each: Chengdu largest, the plateau smallest. */
export const BRANCH_PROFILES: readonly (readonly [string, number, readonly string[]])[] = [
  ['CD', 25, ['锦江区', '青羊区', '武侯区', '成华区', '双流区', '郫都区']],
  ['ZG', 4, ['自流井区', '贡井区', '富顺县']],
  ['PZH', 2, ['东区', '西区', '米易县']],
  ['LZ', 5, ['江阳区', '龙马潭区', '泸县']],
  ['DY', 6, ['旌阳区', '广汉市', '什邡市']],
  ['MY', 7, ['涪城区', '游仙区', '江油市']],
  ['GY', 3, ['利州区', '昭化区', '苍溪县']],
  ['SN', 4, ['船山区', '安居区', '射洪市']],
  ['NJ', 4, ['市中区', '东兴区', '资中县']],
  ['LS', 5, ['市中区', '五通桥区', '峨眉山市']],
  ['NC', 6, ['顺庆区', '高坪区', '阆中市']],
  ['MS', 4, ['东坡区', '彭山区', '仁寿县']],
  ['YB', 5, ['翠屏区', '南溪区', '宜宾县']],
  ['GA', 4, ['广安区', '前锋区', '岳池县', '武胜县']],
  ['DZ', 5, ['通川区', '达川区', '宣汉县']],
  ['YA', 2, ['雨城区', '名山区', '荥经县']],
  ['BZ', 3, ['巴州区', '恩阳区', '平昌县']],
  ['ZY', 3, ['雁江区', '安岳县', '乐至县']],
  ['AB', 1.5, ['马尔康市', '汶川县', '九寨沟县']],
  ['GZ', 1.5, ['康定市', '泸定县', '理塘县']],
  ['LSZ', 4, ['西昌市', '会理市', '冕宁县']],
];

export const SPECIAL_TYPE_LIST = [
  'PUBLIC_PHONE', 'DATA_CARD', 'OFFICIAL', 'EMPLOYEE', 'TEST', 'RURAL',
  'TRIAL', 'MILITARY', 'BIG_ACCOUNT', 'REGULATOR', 'GOVERNMENT', 'PENDING_CANCEL',
] as const;

export const SERVICES = ['MAIL139', 'FETION', 'BANK_AUTOPAY', 'YINXINTONG', 'MOBILE_PAY'] as const;

export type Tier = 'high' | 'mid' | 'low';
export type Measure = 'GOTONE' | 'GROUP' | 'FAMILY' | 'DEPOSIT_GIFT' | 'TERMINAL';

/**
 * How many stabilizing measures a customer holds, by value tier. For high-value customers
 * this reproduces seed 000's coverage: ≥1 85%, ≥2 31%, ≥3 17%.
 */
export const MEASURE_COUNT: Record<Tier, readonly (readonly [number, number])[]> = {
  high: [[0, 12], [1, 53], [2, 14], [3, 13], [4, 6], [5, 2]],
  mid: [[0, 40], [1, 44], [2, 12], [3, 4]],
  low: [[0, 62], [1, 31], [2, 6], [3, 1]],
};

/** Which measures a customer with k measures holds: GoTone is common among high value (≈ 1/3). */
export const MEASURE_WEIGHTS: readonly (readonly [Measure, number])[] = [
  ['GOTONE', 24],
  ['GROUP', 25],
  ['DEPOSIT_GIFT', 22],
  ['FAMILY', 14],
  ['TERMINAL', 12],
];
