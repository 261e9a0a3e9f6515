/** A fraction 0…1 of the API as the percentage a form shows (0.1 → 10), without float noise. */
export function toPercent(fraction: number | null | undefined): number | null {
  if (fraction === null || fraction === undefined) return null;
  return Math.round(fraction * 100 * 1e6) / 1e6;
}

/** A percentage typed in a form as the API's fraction (10 → 0.1). */
export function fromPercent(percent: number | null | undefined): number | null {
  if (percent === null || percent === undefined) return null;
  return Math.round((percent / 100) * 1e8) / 1e8;
}

/** 0.0123 → "1.23%"; null → "—". */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined) return '—';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** 0.0045 → "4.5‰"; null → "—". */
export function formatPermille(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined) return '—';
  return `${(fraction * 1000).toFixed(digits)}‰`;
}
