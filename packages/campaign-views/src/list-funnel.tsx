import { useMemo } from 'react';
import { Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '@retention/segment-views';
import { useLabels } from '@retention/ui';
import { formatPercent } from './percent';
import './messages';

export interface FunnelList {
  segmentSize: number;
  eligible: number;
  suppressed: readonly { reason: string; count: number }[];
  controlSize: number;
  treatedSize: number;
  strata: readonly { retentionClass: string; size: number; control: number; treated: number }[];
}

export interface FunnelStep {
  key: string;
  label: string;
  value: number;
}

/** segment → eligible → after each suppression (in DOMAIN order) → control → to contact. */
export function funnelSteps(list: FunnelList, words: { segment: string; eligible: string; after: (reason: string) => string; control: string; treated: string }): FunnelStep[] {
  const steps: FunnelStep[] = [
    { key: 'segment', label: words.segment, value: list.segmentSize },
    { key: 'eligible', label: words.eligible, value: list.eligible },
  ];
  let left = list.eligible;
  for (const s of list.suppressed) {
    if (s.count === 0) continue;
    left -= s.count;
    steps.push({ key: `after-${s.reason}`, label: words.after(s.reason), value: left });
  }
  steps.push({ key: 'control', label: words.control, value: list.controlSize });
  steps.push({ key: 'treated', label: words.treated, value: list.treatedSize });
  return steps;
}

/** The funnel of a list's latest build as a chart and a table, and its strata (DOMAIN.md §5). */
export function ListFunnel({ list }: { list: FunnelList }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const steps = funnelSteps(list, {
    segment: t('campaigns:funnel.segment'), eligible: t('campaigns:funnel.eligible'), after: (r) => t('campaigns:funnel.after', { reason: label('suppressionReason', r) }),
    control: t('campaigns:funnel.control'), treated: t('campaigns:funnel.treated'),
  });
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 60, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: steps.map((s) => s.label) },
    series: [{
      type: 'bar', barMaxWidth: 26, label: { show: true, position: 'right' },
      data: steps.map((s) => ({ value: s.value, itemStyle: { color: s.key === 'control' ? '#faad14' : s.key === 'treated' ? '#52c41a' : s.key.startsWith('after') ? '#91caff' : '#1677ff' } })),
    }],
  }), [steps]);
  return (
    <Row gutter={16} data-testid="list-funnel">
      <Col xs={24} xl={14}>
        <Chart option={option} height={Math.max(220, steps.length * 34)} testId="funnel-chart" />
      </Col>
      <Col xs={24} xl={10}>
        <Table
          size="small" rowKey="key" pagination={false} dataSource={steps} data-testid="funnel-table"
          columns={[
            { title: t('campaigns:funnel.step'), dataIndex: 'label' },
            { title: t('campaigns:funnel.count'), dataIndex: 'value', align: 'right', render: (v: number) => v.toLocaleString() },
          ]}
        />
        <Table
          size="small" rowKey="reason" pagination={false} style={{ marginTop: 12 }} data-testid="suppression-table"
          title={() => t('campaigns:funnel.suppressed')}
          dataSource={[...list.suppressed]}
          columns={[
            { title: t('campaigns:funnel.reason'), dataIndex: 'reason', render: (r: string) => label('suppressionReason', r) },
            { title: t('campaigns:funnel.count'), dataIndex: 'count', align: 'right', render: (v: number) => v.toLocaleString() },
          ]}
        />
      </Col>
      <Col span={24} style={{ marginTop: 12 }}>
        <Typography.Title level={5}>{t('campaigns:funnel.strata')}</Typography.Title>
        <Table
          size="small" rowKey="retentionClass" pagination={false} data-testid="strata-table"
          dataSource={[...list.strata]}
          summary={(rows) => {
            const size = rows.reduce((s, r) => s + r.size, 0);
            const control = rows.reduce((s, r) => s + r.control, 0);
            return (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('campaigns:funnel.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">{size.toLocaleString()}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">{control.toLocaleString()}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{(size - control).toLocaleString()}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">{size ? formatPercent(control / size) : '—'}</Table.Summary.Cell>
              </Table.Summary.Row>
            );
          }}
          columns={[
            { title: t('campaigns:funnel.stratum'), dataIndex: 'retentionClass', render: (c: string) => label('retentionClass', c) },
            { title: t('campaigns:funnel.size'), dataIndex: 'size', align: 'right', render: (v: number) => v.toLocaleString() },
            { title: t('campaigns:funnel.controlCol'), dataIndex: 'control', align: 'right', render: (v: number) => v.toLocaleString() },
            { title: t('campaigns:funnel.treatedCol'), dataIndex: 'treated', align: 'right', render: (v: number) => v.toLocaleString() },
            { title: t('campaigns:funnel.share'), key: 'share', align: 'right', render: (_, r) => (r.size ? formatPercent(r.control / r.size) : '—') },
          ]}
        />
      </Col>
    </Row>
  );
}
