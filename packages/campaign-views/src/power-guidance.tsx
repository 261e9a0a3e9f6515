import { useState } from 'react';
import { InputNumber, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from './gql';
import { formatPercent, fromPercent } from './percent';
import { powerAt, smallestShareFor80 } from './power';

const GuidanceSegmentCountsQuery = graphql(`
  query GuidanceSegmentCounts($branches: [String!], $month: String!) {
    segmentCounts(branches: $branches, month: $month) { branchCode segment count }
  }
`);

/**
 * DOMAIN.md §6's sample-size guidance beside the control share: the power at the chosen share
 * and the smallest share (steps of 0.5 %) that reaches 80 %, for the target segment's size in
 * the executing branches at the latest refreshed month and an expected control churn the
 * planner may overwrite.
 */
export function PowerGuidance({ controlShare, reduction, segmentKey, branches, month }: {
  controlShare: number; reduction: number | null; segmentKey: string | null; branches: string[]; month: string | null;
}) {
  const { t } = useTranslation();
  const [churnPercent, setChurnPercent] = useState<number>(5);
  const [{ data }] = useQuery({ query: GuidanceSegmentCountsQuery, variables: { branches, month: month ?? '' }, pause: !month || !segmentKey || branches.length === 0 });
  const size = segmentKey ? (data?.segmentCounts ?? []).filter((c) => c.segment === segmentKey).reduce((sum, c) => sum + c.count, 0) : 0;
  const inputs = { size, controlChurn: fromPercent(churnPercent) ?? 0, reduction: reduction ?? 0 };
  const power = powerAt(controlShare, inputs);
  const smallest = reduction ? smallestShareFor80(inputs) : null;
  return (
    <Space direction="vertical" size={2} data-testid="power-guidance">
      <Typography.Text type="secondary">
        {t('campaigns:power.size', { n: size.toLocaleString(), month: month ?? '—' })}
      </Typography.Text>
      <Space size={4}>
        <Typography.Text type="secondary">{t('campaigns:power.controlChurn')}</Typography.Text>
        <InputNumber size="small" min={0} max={100} step={0.5} addonAfter="%" value={churnPercent} onChange={(v) => setChurnPercent(v === null ? 5 : Number(v))} style={{ width: 110 }} data-testid="power-churn" />
      </Space>
      {!reduction ? (
        <Typography.Text type="secondary">{t('campaigns:power.needReduction')}</Typography.Text>
      ) : (
        <Space size={4} wrap>
          <span>{t('campaigns:power.at', { share: formatPercent(controlShare) })}</span>
          <Tag color={power !== null && power >= 0.8 ? 'green' : 'orange'} data-testid="power-value">{power === null ? '—' : formatPercent(power)}</Tag>
          <span data-testid="power-smallest">{smallest === null ? t('campaigns:power.none') : t('campaigns:power.smallest', { share: formatPercent(smallest) })}</span>
        </Space>
      )}
    </Space>
  );
}
