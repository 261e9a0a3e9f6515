import type { CSSProperties, ReactNode } from 'react';
import { Empty, theme } from 'antd';
import { useTranslation } from 'react-i18next';

export interface SummaryColumn<T> {
  key: string;
  title: ReactNode;
  align?: 'left' | 'right';
  render: (row: T) => ReactNode;
}

/**
 * A read-only table in the look of antd's small Table, for the figures of a first page
 * (a dashboard's rows by branch). antd's Table brings paging, sorting, filters and their
 * menus, trees and virtual lists, 70 KB (gzip) a user would download before seeing the page;
 * a table that needs any of those uses antd's Table, which loads when first drawn.
 */
export function SummaryTable<T>({ rows, rowKey, columns, testId }: { rows: readonly T[]; rowKey: (row: T) => string; columns: SummaryColumn<T>[]; testId?: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />;
  const cell = (align: 'left' | 'right' = 'left'): CSSProperties => ({
    padding: `${token.paddingXS}px ${token.paddingXS}px`,
    borderBottom: `${token.lineWidth}px solid ${token.colorBorderSecondary}`,
    textAlign: align,
  });
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid={testId} style={{ width: '100%', borderCollapse: 'collapse', fontSize: token.fontSize, color: token.colorText }}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" style={{ ...cell(column.align), background: token.colorFillAlter, fontWeight: token.fontWeightStrong }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} style={cell(column.align)}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
