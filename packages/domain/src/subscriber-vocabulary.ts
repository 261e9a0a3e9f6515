/** seed 001's do-not-market account kinds (DOMAIN.md §2 `special_type`). */
export const SPECIAL_TYPES = [
  'PUBLIC_PHONE', 'DATA_CARD', 'OFFICIAL', 'EMPLOYEE', 'TEST', 'RURAL',
  'TRIAL', 'MILITARY', 'BIG_ACCOUNT', 'REGULATOR', 'GOVERNMENT', 'PENDING_CANCEL',
] as const;

/** Sticky services of the usage extract (DOMAIN.md §2 `services`). */
export const STICKY_SERVICES = ['MAIL139', 'FETION', 'BANK_AUTOPAY', 'YINXINTONG', 'MOBILE_PAY'] as const;
