const DASH = '—';

export const pct = (v: number | null | undefined): string => (v === null || v === undefined ? DASH : `${(v * 100).toFixed(1)}%`);
export const pp = (v: number | null | undefined): string => (v === null || v === undefined ? DASH : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}pp`);
export const num = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined ? DASH : v.toFixed(digits));
export const permille = (v: number | null | undefined): string => (v === null || v === undefined ? DASH : `${(v * 1000).toFixed(2)}‰`);
export const yuan = (v: number | null | undefined): string =>
  v === null || v === undefined ? DASH : `¥${v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
export const interval = (low: number | null | undefined, high: number | null | undefined, f: (v: number) => string): string =>
  low === null || low === undefined || high === null || high === undefined ? '' : ` [${f(low)}, ${f(high)}]`;
