import { BRANCH_CODES, SPECIAL_TYPES, STICKY_SERVICES } from '@retention/domain';

export type ImportFileKind = 'subscribers' | 'usage' | 'offers';
export const IMPORT_FILE_KINDS: readonly ImportFileKind[] = ['subscribers', 'usage', 'offers'];

export type ColumnType = 'text' | 'int' | 'money' | 'date' | 'month' | 'bool' | 'enum' | 'services';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
  /** Allowed values for `enum` (and items of `services`). */
  values?: readonly string[];
  /** Smallest allowed value for numbers. */
  min?: number;
}

export interface FileSpec {
  kind: ImportFileKind;
  columns: readonly ColumnSpec[];
  /** Columns that identify a row: a second row with the same key is a duplicate. */
  key: readonly string[];
}

export { SPECIAL_TYPES, STICKY_SERVICES };

/** DOMAIN.md §2, column by column. */
export const FILE_SPECS: Record<ImportFileKind, FileSpec> = {
  subscribers: {
    kind: 'subscribers',
    key: ['subscriber_id'],
    columns: [
      { name: 'subscriber_id', type: 'text', required: true },
      { name: 'msisdn', type: 'text', required: true },
      { name: 'branch_code', type: 'enum', required: true, values: BRANCH_CODES },
      { name: 'county', type: 'text', required: false },
      { name: 'brand', type: 'enum', required: true, values: ['GOTONE', 'EASYOWN', 'MZONE'] },
      { name: 'plan_code', type: 'text', required: true },
      { name: 'join_date', type: 'date', required: true },
      { name: 'group_class', type: 'enum', required: false, values: ['A', 'B', 'C'] },
      { name: 'group_key_member', type: 'bool', required: true },
      { name: 'vnet_member', type: 'bool', required: true },
      { name: 'family_plan', type: 'bool', required: true },
      { name: 'vip_card', type: 'enum', required: true, values: ['DIAMOND', 'GOLD', 'SILVER', 'NONE'] },
      { name: 'special_type', type: 'enum', required: false, values: SPECIAL_TYPES },
      { name: 'birthday', type: 'date', required: false },
    ],
  },
  usage: {
    kind: 'usage',
    key: ['subscriber_id', 'month'],
    columns: [
      { name: 'subscriber_id', type: 'text', required: true },
      { name: 'month', type: 'month', required: true },
      { name: 'bill_amount', type: 'money', required: true, min: 0 },
      { name: 'outgoing_mou', type: 'int', required: true, min: 0 },
      { name: 'long_distance_mou', type: 'int', required: true, min: 0 },
      { name: 'roaming_mou', type: 'int', required: true, min: 0 },
      { name: 'data_mb', type: 'int', required: true, min: 0 },
      { name: 'balance', type: 'money', required: true },
      { name: 'arrears_months', type: 'int', required: true, min: 0 },
      { name: 'status', type: 'enum', required: true, values: ['ACTIVE', 'SUSPENDED', 'CHURNED'] },
      { name: 'services', type: 'services', required: false, values: STICKY_SERVICES },
    ],
  },
  offers: {
    kind: 'offers',
    key: ['subscriber_id', 'kind', 'tier', 'start_month'],
    columns: [
      { name: 'subscriber_id', type: 'text', required: true },
      { name: 'kind', type: 'enum', required: true, values: ['DEPOSIT_GIFT', 'TERMINAL'] },
      { name: 'tier', type: 'text', required: true },
      { name: 'start_month', type: 'month', required: true },
      { name: 'months', type: 'int', required: true, min: 1 },
      { name: 'cost', type: 'money', required: true, min: 0 },
    ],
  },
};
