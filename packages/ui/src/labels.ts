import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BRANCHES, labelOf, type Vocabulary } from '@retention/domain';

const BRANCH_ORDER = new Map(BRANCHES.map((b, i) => [b.code, i]));
const BRANCH_BY_CODE = new Map(BRANCHES.map((b) => [b.code, b]));

/** The province's usual order of branches (成都 first … 凉山 last), unknown codes after, by code. */
export function compareBranchCodes(a: string | null | undefined, b: string | null | undefined): number {
  const ia = BRANCH_ORDER.get(a ?? '') ?? Number.MAX_SAFE_INTEGER;
  const ib = BRANCH_ORDER.get(b ?? '') ?? Number.MAX_SAFE_INTEGER;
  return ia - ib || String(a ?? '').localeCompare(String(b ?? ''));
}

/** `rows` sorted by the branch order of `code(row)`, as a new array. */
export function sortByBranch<T>(rows: readonly T[], code: (row: T) => string | null | undefined): T[] {
  return [...rows].sort((x, y) => compareBranchCodes(code(x), code(y)));
}

/** A branch's name in `language` (成都 / Chengdu); a code the platform does not know shows as itself. */
export function branchNameOf(code: string | null | undefined, language: string): string {
  if (!code) return '—';
  const branch = BRANCH_BY_CODE.get(code);
  if (!branch) return code;
  return language === 'en' ? branch.nameEn : branch.nameZh;
}

/** Labels in the current language: `label('brand', 'GOTONE')` → 全球通 / GoTone; `branch('CD')` → 成都 / Chengdu. */
export function useLabels(): { label: (vocabulary: Vocabulary, value: string | null | undefined) => string; branch: (code: string | null | undefined) => string; language: string } {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const label = useCallback((vocabulary: Vocabulary, value: string | null | undefined) => labelOf(vocabulary, value, language), [language]);
  const branch = useCallback((code: string | null | undefined) => branchNameOf(code, language), [language]);
  return { label, branch, language };
}
