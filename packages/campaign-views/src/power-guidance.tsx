import { useMemo, useState } from 'react';
import { Alert, InputNumber, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { serverErrorMessage } from '@retention/ui';
import { graphql } from './gql';
import { formatPercent, fromPercent } from './percent';
import { useDebounced } from './use-debounced';
import './messages';

export const CampaignSampleSizeQuery = graphql(`
  query CampaignSampleSize($input: SampleSizeInput!) {
    campaignSampleSize(input: $input) { listSize expectedControlChurn controlShare controlSize power smallestShareFor80 }
  }
`);

/** How long the form waits after the last change before asking the server again. */
export const GUIDANCE_DEBOUNCE_MS = 400;

/**
 * DOMAIN.md §6's sample-size guidance beside the control share, computed by the campaigns
 * service (`campaignSampleSize`): N from the target segment in the executing branches after
 * suppression, p_C from the data three loaded months back (the planner may overwrite it),
 * the power at the chosen share and the smallest share in 0.5 % steps that reaches 80 %.
 */
export function PowerGuidance({ controlShare, reduction, segmentKey, branches }: {
  controlShare: number; reduction: number | null; segmentKey: string | null; branches: string[];
}) {
  const { t, i18n } = useTranslation();
  const [churnPercent, setChurnPercent] = useState<number | null>(null);
  const input = useMemo(() => ({
    targetSegmentKey: segmentKey, branchCodes: branches, controlShare, targetReduction: reduction, expectedControlChurn: fromPercent(churnPercent),
  }), [segmentKey, branches, controlShare, reduction, churnPercent]);
  const settled = useDebounced(input, GUIDANCE_DEBOUNCE_MS);
  const valid = Boolean(settled.targetSegmentKey) && settled.branchCodes.length > 0 && settled.controlShare >= 0 && settled.controlShare <= 0.5;
  const [{ data, fetching, error }] = useQuery({ query: CampaignSampleSizeQuery, variables: { input: settled }, pause: !valid });
  const g = valid ? data?.campaignSampleSize : undefined;
  const stale = fetching || settled !== input;
  if (!segmentKey) return <Typography.Text type="secondary" data-testid="power-guidance">{t('campaigns:power.needTarget')}</Typography.Text>;
  return (
    <Space direction="vertical" size={2} data-testid="power-guidance">
      {error && <Alert type="warning" showIcon message={serverErrorMessage(error, i18n.language)} data-testid="power-error" />}
      <Space size={4}>
        <Typography.Text type="secondary" data-testid="power-size">
          {g ? t('campaigns:power.size', { n: g.listSize.toLocaleString(), control: g.controlSize.toLocaleString() }) : t('campaigns:power.computing')}
        </Typography.Text>
        {stale && <Spin size="small" data-testid="power-loading" />}
      </Space>
      <Space size={4}>
        <Typography.Text type="secondary">{t('campaigns:power.controlChurn')}</Typography.Text>
        <InputNumber size="small" min={0} max={100} step={0.5} addonAfter="%" value={churnPercent} onChange={(v) => setChurnPercent(v === null ? null : Number(v))} style={{ width: 120 }}
          placeholder={g?.expectedControlChurn != null ? (g.expectedControlChurn * 100).toFixed(1) : '—'} data-testid="power-churn" />
        <Typography.Text type="secondary">{churnPercent === null ? t('campaigns:power.fromData') : t('campaigns:power.yours')}</Typography.Text>
      </Space>
      {!reduction ? (
        <Typography.Text type="secondary">{t('campaigns:power.needReduction')}</Typography.Text>
      ) : g ? (
        <Space size={4} wrap>
          <span>{t('campaigns:power.at', { share: formatPercent(g.controlShare) })}</span>
          <Tag color={g.power !== null && g.power !== undefined && g.power >= 0.8 ? 'green' : 'orange'} data-testid="power-value">{formatPercent(g.power)}</Tag>
          <span data-testid="power-smallest">{g.smallestShareFor80 === null || g.smallestShareFor80 === undefined ? t('campaigns:power.none') : t('campaigns:power.smallest', { share: formatPercent(g.smallestShareFor80) })}</span>
        </Space>
      ) : null}
    </Space>
  );
}
