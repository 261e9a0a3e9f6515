/** The 21 Sichuan branches (分公司) of DOMAIN.md §1, in the province's usual order. */
export interface BranchInfo {
  code: string;
  nameZh: string;
  nameEn: string;
}

export const BRANCHES: readonly BranchInfo[] = [
  { code: 'CD', nameZh: '成都', nameEn: 'Chengdu' },
  { code: 'ZG', nameZh: '自贡', nameEn: 'Zigong' },
  { code: 'PZH', nameZh: '攀枝花', nameEn: 'Panzhihua' },
  { code: 'LZ', nameZh: '泸州', nameEn: 'Luzhou' },
  { code: 'DY', nameZh: '德阳', nameEn: 'Deyang' },
  { code: 'MY', nameZh: '绵阳', nameEn: 'Mianyang' },
  { code: 'GY', nameZh: '广元', nameEn: 'Guangyuan' },
  { code: 'SN', nameZh: '遂宁', nameEn: 'Suining' },
  { code: 'NJ', nameZh: '内江', nameEn: 'Neijiang' },
  { code: 'LS', nameZh: '乐山', nameEn: 'Leshan' },
  { code: 'NC', nameZh: '南充', nameEn: 'Nanchong' },
  { code: 'MS', nameZh: '眉山', nameEn: 'Meishan' },
  { code: 'YB', nameZh: '宜宾', nameEn: 'Yibin' },
  { code: 'GA', nameZh: '广安', nameEn: "Guang'an" },
  { code: 'DZ', nameZh: '达州', nameEn: 'Dazhou' },
  { code: 'YA', nameZh: '雅安', nameEn: "Ya'an" },
  { code: 'BZ', nameZh: '巴中', nameEn: 'Bazhong' },
  { code: 'ZY', nameZh: '资阳', nameEn: 'Ziyang' },
  { code: 'AB', nameZh: '阿坝', nameEn: 'Aba' },
  { code: 'GZ', nameZh: '甘孜', nameEn: 'Garze' },
  { code: 'LSZ', nameZh: '凉山', nameEn: 'Liangshan' },
];

export const BRANCH_CODES: readonly string[] = BRANCHES.map((b) => b.code);

export function isBranchCode(code: string): boolean {
  return BRANCH_CODES.includes(code);
}
