import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { BRANCH_CODES, LABELS, type RetentionClass } from '@retention/domain';
import { serverErrorField, serverErrorMessage, useLabels, useSession } from '@retention/ui';
import { graphql } from './gql';
import type { CampaignChannel, CampaignInput, CampaignKind, OfferKind, TreatmentMatrixRowsQuery as TreatmentMatrixRowsData } from './gql/graphql';
import { EligibilityRuleEditor } from './eligibility-rule-editor';
import { fromPercent, toPercent } from './percent';
import { newIdempotencyKey } from './idempotency';
import { PowerGuidance } from './power-guidance';
import './messages';

export const CampaignFormOptionsQuery = graphql(`
  query CampaignFormOptions {
    builtInSegments
    segmentDefinitions { id key name example }
    segmentMonths { latest }
  }
`);

/** The fields of a campaign the form edits (also what the detail page shows). */
export const CampaignFormFieldsQuery = graphql(`
  query CampaignFormFields($id: ID!) {
    campaign(id: $id) {
      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId eligibilityRule
      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }
      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow
      planPaths { fromPlan toPlan }
    }
  }
`);

/** The stored treatment matrix (policy data, DOMAIN.md §4): what authoring suggests for the target class. */
export const TreatmentMatrixRowsQuery = graphql(`
  query TreatmentMatrixRows {
    treatmentMatrix { version retentionClass kinds channels offerKinds promotions }
  }
`);

export type MatrixSuggestion = TreatmentMatrixRowsData['treatmentMatrix'][number];

const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {
    createCampaign(input: $input, idempotencyKey: $idempotencyKey) { id version status }
  }
`);

const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {
    updateCampaign(id: $id, version: $version, input: $input) { id version status endDate talkTrack updatedAt }
  }
`);

export const CHANNELS = Object.keys(LABELS.channel) as CampaignChannel[];
export const KINDS = Object.keys(LABELS.campaignKind) as CampaignKind[];
const OFFER_KINDS = Object.keys(LABELS.offerKind) as OfferKind[];
const PLANS = Object.keys(LABELS.plan);

/** One offer tier as the editable table holds it: subsidy as a percentage. */
export interface TierRow {
  code: string;
  name: string;
  offerKind: OfferKind;
  deposit: number | null;
  gift: number | null;
  months: number | null;
  subsidyPercent: number | null;
  costPerAcceptance: number | null;
  tenureMinMonths: number | null;
  tenureMaxMonths: number | null;
  trialMonths: number | null;
}

/** What the form holds; shares as percentages, converted to fractions when sent. */
export interface CampaignFormValues {
  name: string;
  kind: CampaignKind;
  description: string;
  executingBranchCodes: string[];
  targetMode: 'builtIn' | 'saved';
  targetSegmentKey: string | null;
  targetSegmentId: string | null;
  eligibilityRule: unknown | null;
  offerTiers: TierRow[];
  channels: CampaignChannel[];
  talkTrack: string;
  startDate: string;
  endDate: string;
  budget: number | null;
  controlPercent: number;
  priorityWeight: number;
  targetUptakePercent: number | null;
  targetChurnReductionPercent: number | null;
  birthdayInWindow: boolean;
  planPaths: { fromPlan: string; toPlan: string }[];
}

type Campaign = NonNullable<import('./gql/graphql').CampaignFormFieldsQuery['campaign']>;

export function emptyValues(branchCode: string | null): CampaignFormValues {
  return {
    name: '', kind: 'TENURE', description: '', executingBranchCodes: branchCode ? [branchCode] : [...BRANCH_CODES], targetMode: 'builtIn', targetSegmentKey: null, targetSegmentId: null,
    eligibilityRule: null, offerTiers: [], channels: ['PHONE_MANAGER'], talkTrack: '', startDate: '', endDate: '', budget: null, controlPercent: 10, priorityWeight: 1,
    targetUptakePercent: null, targetChurnReductionPercent: null, birthdayInWindow: false, planPaths: [],
  };
}

export function valuesOf(c: Campaign): CampaignFormValues {
  return {
    name: c.name, kind: c.kind, description: c.description, executingBranchCodes: c.executingBranchCodes, targetMode: c.targetSegmentId ? 'saved' : 'builtIn',
    targetSegmentKey: c.targetSegmentKey ?? null, targetSegmentId: c.targetSegmentId ?? null, eligibilityRule: c.eligibilityRule ?? null,
    offerTiers: c.offerTiers.map((t) => ({
      code: t.code, name: t.name, offerKind: t.offerKind, deposit: t.deposit ?? null, gift: t.gift ?? null, months: t.months ?? null, subsidyPercent: toPercent(t.subsidyShare),
      costPerAcceptance: t.costPerAcceptance, tenureMinMonths: t.tenureMinMonths ?? null, tenureMaxMonths: t.tenureMaxMonths ?? null, trialMonths: t.trialMonths,
    })),
    channels: c.channels, talkTrack: c.talkTrack, startDate: c.startDate ?? '', endDate: c.endDate ?? '', budget: c.budget ?? null, controlPercent: toPercent(c.controlShare) ?? 10,
    priorityWeight: c.priorityWeight, targetUptakePercent: toPercent(c.targetUptake), targetChurnReductionPercent: toPercent(c.targetChurnReduction),
    birthdayInWindow: c.birthdayInWindow, planPaths: c.planPaths.map((p) => ({ fromPlan: p.fromPlan, toPlan: p.toPlan })),
  };
}

/** The API's input: shares and targets as fractions 0…1 (DOMAIN.md API conventions). */
export function toInput(v: CampaignFormValues, level: 'PROVINCE' | 'BRANCH'): CampaignInput {
  return {
    name: v.name.trim(), kind: v.kind, level, description: v.description, executingBranchCodes: v.executingBranchCodes,
    // Only the chosen kind of target is sent: the server clears the other one.
    ...(v.targetMode === 'builtIn' ? { targetSegmentKey: v.targetSegmentKey } : { targetSegmentId: v.targetSegmentId }),
    eligibilityRule: v.eligibilityRule ?? null,
    offerTiers: v.offerTiers.map((t) => ({
      code: t.code.trim(), name: t.name.trim(), offerKind: t.offerKind, deposit: t.deposit, gift: t.gift, months: t.months, subsidyShare: fromPercent(t.subsidyPercent),
      costPerAcceptance: t.costPerAcceptance, tenureMinMonths: t.tenureMinMonths, tenureMaxMonths: t.tenureMaxMonths, trialMonths: t.trialMonths,
    })),
    channels: v.channels, talkTrack: v.talkTrack, startDate: v.startDate || null, endDate: v.endDate || null, budget: v.budget,
    controlShare: fromPercent(v.controlPercent), priorityWeight: v.priorityWeight, targetUptake: fromPercent(v.targetUptakePercent),
    targetChurnReduction: fromPercent(v.targetChurnReductionPercent), birthdayInWindow: v.kind === 'CARE' ? v.birthdayInWindow : false,
    planPaths: v.kind === 'PLAN_MIGRATION' ? v.planPaths.filter((p) => p.fromPlan && p.toPlan) : [],
  };
}

/** Problems the form finds before sending (a message key of campaigns:form.invalid per field). */
export function problemsOf(v: CampaignFormValues): Partial<Record<string, string>> {
  const p: Partial<Record<string, string>> = {};
  if (!v.name.trim()) p.name = 'name';
  if (v.executingBranchCodes.length === 0) p.executingBranchCodes = 'branches';
  if (v.startDate && v.endDate && v.endDate < v.startDate) p.endDate = 'dates';
  if (v.controlPercent < 0 || v.controlPercent > 50) p.controlShare = 'control';
  v.offerTiers.forEach((t, i) => {
    if (!t.code.trim() || !t.name.trim()) p[`offerTiers[${i}]`] = 'tier';
    else if (t.tenureMinMonths !== null && t.tenureMaxMonths !== null && t.tenureMinMonths > t.tenureMaxMonths) p[`offerTiers[${i}]`] = 'tenureRange';
  });
  const codes = v.offerTiers.map((t) => t.code.trim()).filter(Boolean);
  if (new Set(codes).size !== codes.length) p.offerTiers = 'tierCodes';
  return p;
}

/** Which of the treatment matrix's suggestions apply to a target segment (CLASS_ORDINARY → ORDINARY). */
export function classOfSegment(key: string | null): RetentionClass | null {
  const match = key?.match(/^CLASS_(IMPORTANT|ORDINARY|IRREGULAR|CHURN_RISK)$/);
  return match ? (match[1] as RetentionClass) : null;
}

/** The stored matrix's row for a class (the latest version), or null while it loads or without a class. */
export function suggestionFor(rows: readonly MatrixSuggestion[] | undefined, cls: RetentionClass | null): MatrixSuggestion | null {
  if (!cls || !rows) return null;
  return rows.find((r) => r.retentionClass === cls) ?? null;
}

const newTier = (n: number, offerKind: OfferKind = 'DEPOSIT_GIFT'): TierRow => ({
  code: `T${n}`, name: '', offerKind, deposit: null, gift: null, months: null, subsidyPercent: null, costPerAcceptance: null, tenureMinMonths: null, tenureMaxMonths: null, trialMonths: 1,
});

export interface CampaignFormProps {
  /** An existing draft to edit; omitted for a new one. */
  campaign?: Campaign;
  /** Called with the saved campaign's id. */
  onSaved: (id: string) => void;
  onCancel?: () => void;
}

/**
 * Authoring of a campaign with every field of DOMAIN.md §4: the province's campaigns for all
 * or chosen branches, a branch planner's local one for their own branch.
 */
export function CampaignForm({ campaign, onSaved, onCancel }: CampaignFormProps) {
  const { t, i18n } = useTranslation();
  const { label, branch: branchName } = useLabels();
  const ownBranch = useSession().user?.branch ?? null;
  const level: 'PROVINCE' | 'BRANCH' = campaign ? campaign.level : ownBranch ? 'BRANCH' : 'PROVINCE';
  const [values, setValues] = useState<CampaignFormValues>(() => (campaign ? valuesOf(campaign) : emptyValues(ownBranch?.code ?? null)));
  const [touched, setTouched] = useState(false);
  const [{ data: options }] = useQuery({ query: CampaignFormOptionsQuery });
  const [{ data: matrix }] = useQuery({ query: TreatmentMatrixRowsQuery });
  const [created, create] = useMutation(CreateCampaignMutation);
  const [updated, update] = useMutation(UpdateCampaignMutation);
  // One key per draft being created: a double click or a retry creates it once.
  const [idempotencyKey] = useState(() => newIdempotencyKey());
  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const problems = problemsOf(values);
  const error = created.error ?? updated.error;
  const errorField = serverErrorField(error)?.replace(/^input\./, '') ?? null;
  const serverMessage = error ? serverErrorMessage(error, i18n.language) : null;
  const cls = classOfSegment(values.targetMode === 'builtIn' ? values.targetSegmentKey : null);
  const suggestion = suggestionFor(matrix?.treatmentMatrix, cls);
  const savedSegments = (options?.segmentDefinitions ?? []).filter((d) => !d.example || d.key);

  const help = (field: string): { validateStatus?: 'error'; help?: ReactNode } => {
    const local = touched ? problems[field] : undefined;
    if (local) return { validateStatus: 'error', help: <span data-testid={`form-help-${field}`}>{t(`campaigns:form.invalid.${local}`)}</span> };
    if (errorField && (errorField === field || errorField.startsWith(`${field}.`) || errorField.startsWith(`${field}[`))) return { validateStatus: 'error', help: <span data-testid={`form-help-${field}`}>{serverMessage}</span> };
    return {};
  };

  const save = async () => {
    setTouched(true);
    if (Object.keys(problemsOf(values)).length > 0) return;
    const input = toInput(values, level);
    if (campaign) {
      const res = await update({ id: campaign.id, version: campaign.version, input });
      if (res.data) onSaved(res.data.updateCampaign.id);
    } else {
      const res = await create({ input, idempotencyKey });
      if (res.data) onSaved(res.data.createCampaign.id);
    }
  };

  const tierCell = (i: number, key: keyof TierRow, node: (value: TierRow[keyof TierRow], change: (v: TierRow[keyof TierRow]) => void) => ReactNode) =>
    node(values.offerTiers[i][key], (v) => set('offerTiers', values.offerTiers.map((row, j) => (j === i ? { ...row, [key]: v } : row))));
  const num = (testId: string, props: { min?: number; max?: number; precision?: number; addonAfter?: string } = {}) =>
    (value: TierRow[keyof TierRow], change: (v: TierRow[keyof TierRow]) => void) => (
      <InputNumber size="small" style={{ width: '100%' }} value={value as number | null} onChange={(v) => change(v === null ? null : Number(v))} data-testid={testId} {...props} />
    );

  return (
    <Card title={t(campaign ? 'campaigns:form.editTitle' : 'campaigns:form.newTitle')} size="small" data-testid="campaign-form">
      <Form layout="vertical" onFinish={save}>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item label={t('campaigns:field.name')} required {...help('name')}>
              <Input value={values.name} onChange={(e) => set('name', e.target.value)} data-testid="campaign-name" maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.kind')} required {...help('kind')}>
              <Select value={values.kind} onChange={(k: CampaignKind) => set('kind', k)} data-testid="campaign-kind"
                options={KINDS.map((k) => ({ value: k, label: label('campaignKind', k) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.level')}>
              <Tag color={level === 'PROVINCE' ? 'blue' : 'cyan'} data-testid="campaign-level">{label('campaignLevel', level)}</Tag>
              {level === 'BRANCH' && <Typography.Text type="secondary">{branchName(campaign?.ownerBranchCode ?? ownBranch?.code)}</Typography.Text>}
            </Form.Item>
          </Col>
        </Row>
        {level === 'PROVINCE' && (
          <Form.Item label={t('campaigns:field.executingBranches')} required {...help('executingBranchCodes')}
            extra={<Space size={4}><Button size="small" type="link" onClick={() => set('executingBranchCodes', [...BRANCH_CODES])}>{t('campaigns:form.allBranches')}</Button><Button size="small" type="link" onClick={() => set('executingBranchCodes', [])}>{t('campaigns:form.noBranches')}</Button></Space>}>
            <Select mode="multiple" value={values.executingBranchCodes} onChange={(v: string[]) => set('executingBranchCodes', v)} data-testid="campaign-branches" optionFilterProp="label"
              options={BRANCH_CODES.map((code) => ({ value: code, label: `${branchName(code)} ${code}` }))} maxTagCount={12} />
          </Form.Item>
        )}
        <Form.Item label={t('campaigns:field.description')}>
          <Input.TextArea value={values.description} onChange={(e) => set('description', e.target.value)} rows={2} />
        </Form.Item>

        <Typography.Title level={5}>{t('campaigns:form.target')}</Typography.Title>
        <Form.Item label={t('campaigns:field.targetSegment')} {...(help('targetSegmentKey').help ? help('targetSegmentKey') : help('targetSegmentId'))}>
          <Space wrap>
            <Radio.Group value={values.targetMode} onChange={(e) => set('targetMode', e.target.value)} data-testid="target-mode">
              <Radio value="builtIn">{t('campaigns:form.builtIn')}</Radio>
              <Radio value="saved">{t('campaigns:form.saved')}</Radio>
            </Radio.Group>
            {values.targetMode === 'builtIn' ? (
              <Select style={{ width: 260 }} value={values.targetSegmentKey} onChange={(k: string) => set('targetSegmentKey', k)} data-testid="target-segment" placeholder={t('campaigns:form.chooseSegment')}
                showSearch optionFilterProp="label" options={(options?.builtInSegments ?? []).map((k) => ({ value: k, label: label('segmentKey', k) }))} />
            ) : (
              <Select style={{ width: 320 }} value={values.targetSegmentId} onChange={(id: string) => set('targetSegmentId', id)} data-testid="target-saved-segment" placeholder={t('campaigns:form.chooseSaved')}
                showSearch optionFilterProp="label" notFoundContent={t('campaigns:form.noSaved')}
                options={savedSegments.map((d) => ({ value: d.id, label: d.key ? `${d.key} ${d.name}` : d.name }))} />
            )}
          </Space>
        </Form.Item>
        {cls && suggestion && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="matrix-suggestion"
            message={t('campaigns:form.suggestion', { cls: label('retentionClass', cls), version: suggestion.version })}
            description={
              <Space direction="vertical" size={2}>
                <span data-testid="suggested-kinds">{t('campaigns:form.suggestedKinds')}：{suggestion.kinds.map((k) => <Tag key={k} color={k === values.kind ? 'blue' : undefined} style={{ cursor: 'pointer' }} onClick={() => set('kind', k)}>{label('campaignKind', k)}</Tag>)}</span>
                <span data-testid="suggested-channels">{t('campaigns:form.suggestedChannels')}：{suggestion.channels.map((c) => <Tag key={c}>{label('channel', c)}</Tag>)}
                  <Button size="small" type="link" onClick={() => set('channels', [...suggestion.channels])} data-testid="apply-channels">{t('campaigns:form.apply')}</Button></span>
                <span data-testid="suggested-offers">{t('campaigns:form.suggestedOfferKinds')}：{suggestion.offerKinds.map((k) => <Tag key={k}>{label('offerKind', k)}</Tag>)}
                  {' '}{t('campaigns:form.suggestedOffers')}：{suggestion.promotions.map((p) => label('treatment', p)).join('、')}</span>
              </Space>
            } />
        )}
        <Form.Item label={t('campaigns:field.eligibilityRule')} {...help('eligibilityRule')} extra={t('campaigns:form.eligibilityHelp')}>
          <EligibilityRuleEditor value={values.eligibilityRule} onChange={(rule) => set('eligibilityRule', rule)} />
        </Form.Item>
        {values.kind === 'CARE' && (
          <Form.Item label={t('campaigns:field.birthdayInWindow')}>
            <Switch checked={values.birthdayInWindow} onChange={(b) => set('birthdayInWindow', b)} data-testid="birthday-in-window" />
          </Form.Item>
        )}
        {values.kind === 'PLAN_MIGRATION' && (
          <Form.Item label={t('campaigns:field.planPaths')} {...help('planPaths')}>
            <Space direction="vertical">
              {values.planPaths.map((p, i) => (
                <Space key={i}>
                  <Select style={{ width: 160 }} value={p.fromPlan || undefined} placeholder={t('campaigns:form.fromPlan')} options={PLANS.map((k) => ({ value: k, label: label('plan', k) }))}
                    onChange={(v: string) => set('planPaths', values.planPaths.map((x, j) => (j === i ? { ...x, fromPlan: v } : x)))} />
                  <span>→</span>
                  <Select style={{ width: 160 }} value={p.toPlan || undefined} placeholder={t('campaigns:form.toPlan')} options={PLANS.map((k) => ({ value: k, label: label('plan', k) }))}
                    onChange={(v: string) => set('planPaths', values.planPaths.map((x, j) => (j === i ? { ...x, toPlan: v } : x)))} />
                  <Button size="small" danger onClick={() => set('planPaths', values.planPaths.filter((_, j) => j !== i))}>×</Button>
                </Space>
              ))}
              <Button size="small" onClick={() => set('planPaths', [...values.planPaths, { fromPlan: '', toPlan: '' }])}>{t('campaigns:form.addPath')}</Button>
            </Space>
          </Form.Item>
        )}

        <Typography.Title level={5}>{t('campaigns:field.offerTiers')}</Typography.Title>
        <Form.Item {...help('offerTiers')}>
          <Table<TierRow & { i: number }>
            size="small" pagination={false} rowKey="i" scroll={{ x: 1100 }} data-testid="offer-tiers"
            dataSource={values.offerTiers.map((row, i) => ({ ...row, i }))}
            locale={{ emptyText: t('campaigns:form.noTiers') }}
            columns={[
              { title: t('campaigns:tier.code'), width: 90, render: (_, r) => tierCell(r.i, 'code', (v, c) => <Input size="small" value={v as string} onChange={(e) => c(e.target.value)} status={problems[`offerTiers[${r.i}]`] && touched ? 'error' : undefined} data-testid={`tier-code-${r.i}`} />) },
              { title: t('campaigns:tier.name'), width: 160, render: (_, r) => tierCell(r.i, 'name', (v, c) => <Input size="small" value={v as string} onChange={(e) => c(e.target.value)} data-testid={`tier-name-${r.i}`} />) },
              { title: t('campaigns:tier.offerKind'), width: 120, render: (_, r) => tierCell(r.i, 'offerKind', (v, c) => <Select size="small" style={{ width: '100%' }} value={v as OfferKind} onChange={c} options={OFFER_KINDS.map((k) => ({ value: k, label: label('offerKind', k) }))} />) },
              { title: t('campaigns:tier.deposit'), width: 90, render: (_, r) => tierCell(r.i, 'deposit', num(`tier-deposit-${r.i}`, { min: 0, precision: 2 })) },
              { title: t('campaigns:tier.gift'), width: 90, render: (_, r) => tierCell(r.i, 'gift', num(`tier-gift-${r.i}`, { min: 0, precision: 2 })) },
              { title: t('campaigns:tier.months'), width: 80, render: (_, r) => tierCell(r.i, 'months', num(`tier-months-${r.i}`, { min: 1, max: 60, precision: 0 })) },
              { title: t('campaigns:tier.subsidy'), width: 90, render: (_, r) => tierCell(r.i, 'subsidyPercent', num(`tier-subsidy-${r.i}`, { min: 0, max: 100 })) },
              { title: t('campaigns:tier.cost'), width: 100, render: (_, r) => tierCell(r.i, 'costPerAcceptance', num(`tier-cost-${r.i}`, { min: 0, precision: 2 })) },
              { title: t('campaigns:tier.tenureMin'), width: 90, render: (_, r) => tierCell(r.i, 'tenureMinMonths', num(`tier-tmin-${r.i}`, { min: 0, precision: 0 })) },
              { title: t('campaigns:tier.tenureMax'), width: 90, render: (_, r) => tierCell(r.i, 'tenureMaxMonths', num(`tier-tmax-${r.i}`, { min: 0, precision: 0 })) },
              { title: t('campaigns:tier.trial'), width: 80, render: (_, r) => tierCell(r.i, 'trialMonths', num(`tier-trial-${r.i}`, { min: 0, max: 12, precision: 0 })) },
              { title: '', width: 50, render: (_, r) => <Button size="small" danger onClick={() => set('offerTiers', values.offerTiers.filter((_, j) => j !== r.i))}>×</Button> },
            ]}
          />
          {values.offerTiers.map((_, i) => (touched && problems[`offerTiers[${i}]`] ? <Typography.Text key={i} type="danger" style={{ display: 'block' }}>{t('campaigns:form.tierLine', { n: i + 1 })}{t(`campaigns:form.invalid.${problems[`offerTiers[${i}]`]}`)}</Typography.Text> : null))}
          <Button size="small" style={{ marginTop: 8 }} onClick={() => set('offerTiers', [...values.offerTiers, newTier(values.offerTiers.length + 1, suggestion?.offerKinds[0])])} data-testid="add-tier">{t('campaigns:form.addTier')}</Button>
        </Form.Item>

        <Typography.Title level={5}>{t('campaigns:form.execution')}</Typography.Title>
        <Form.Item label={t('campaigns:field.channels')} {...help('channels')}>
          <Checkbox.Group value={values.channels} onChange={(v) => set('channels', v as CampaignChannel[])} data-testid="campaign-channels"
            options={CHANNELS.map((c) => ({ value: c, label: label('channel', c) }))} />
        </Form.Item>
        <Form.Item label={t('campaigns:field.talkTrack')} {...help('talkTrack')} extra={values.talkTrack.trim() ? undefined : <Typography.Text type="warning" data-testid="talk-track-required">{t('campaigns:form.talkTrackRequired')}</Typography.Text>}>
          <Input.TextArea value={values.talkTrack} onChange={(e) => set('talkTrack', e.target.value)} rows={4} data-testid="campaign-talk-track" placeholder={t('campaigns:form.talkTrackPlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.startDate')} {...help('startDate')}>
              <Input type="date" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} data-testid="campaign-start" />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.endDate')} {...help('endDate')}>
              <Input type="date" value={values.endDate} onChange={(e) => set('endDate', e.target.value)} data-testid="campaign-end" />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.budget')} {...help('budget')}>
              <InputNumber style={{ width: '100%' }} min={0} precision={2} addonAfter={t('campaigns:yuan')} value={values.budget} onChange={(v) => set('budget', v === null ? null : Number(v))} data-testid="campaign-budget" />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.priorityWeight')} {...help('priorityWeight')} tooltip={t('campaigns:form.priorityHelp')}>
              <InputNumber style={{ width: '100%' }} min={0} max={1000} value={values.priorityWeight} onChange={(v) => set('priorityWeight', v === null ? 1 : Number(v))} data-testid="campaign-priority" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.targetUptake')} {...help('targetUptake')}>
              <InputNumber style={{ width: '100%' }} min={0} max={100} addonAfter="%" value={values.targetUptakePercent} onChange={(v) => set('targetUptakePercent', v === null ? null : Number(v))} data-testid="campaign-target-uptake" />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label={t('campaigns:field.targetChurnReduction')} {...help('targetChurnReduction')}>
              <InputNumber style={{ width: '100%' }} min={0} max={100} step={0.5} addonAfter="%" value={values.targetChurnReductionPercent} onChange={(v) => set('targetChurnReductionPercent', v === null ? null : Number(v))} data-testid="campaign-target-reduction" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={t('campaigns:field.controlShare')} {...help('controlShare')}>
              <Space align="start" wrap>
                <InputNumber min={0} max={50} step={0.5} addonAfter="%" value={values.controlPercent} onChange={(v) => set('controlPercent', v === null ? 10 : Number(v))} data-testid="campaign-control" />
                <PowerGuidance
                  controlShare={fromPercent(values.controlPercent) ?? 0}
                  reduction={fromPercent(values.targetChurnReductionPercent)}
                  segmentKey={values.targetMode === 'builtIn' ? values.targetSegmentKey : values.targetSegmentId}
                  branches={values.executingBranchCodes}
                />
              </Space>
            </Form.Item>
          </Col>
        </Row>
        {serverMessage && !help(errorField ?? '').help && <Alert type="error" showIcon message={serverMessage} style={{ marginBottom: 12 }} data-testid="form-error" />}
        <Space>
          <Button type="primary" htmlType="submit" loading={created.fetching || updated.fetching} data-testid="campaign-save">{t('campaigns:form.save')}</Button>
          {onCancel && <Button onClick={onCancel}>{t('campaigns:form.cancel')}</Button>}
        </Space>
      </Form>
    </Card>
  );
}

/** The amendments a published campaign allows: its end date and talk track, each recorded. */
export function AmendmentForm({ campaign, onDone }: { campaign: { id: string; version: number; endDate?: string | null; talkTrack: string; startDate?: string | null }; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [endDate, setEndDate] = useState(campaign.endDate ?? '');
  const [talkTrack, setTalkTrack] = useState(campaign.talkTrack);
  const [result, update] = useMutation(UpdateCampaignMutation);
  const input = useMemo(() => {
    const i: CampaignInput = {};
    if (endDate && endDate !== campaign.endDate) i.endDate = endDate;
    if (talkTrack !== campaign.talkTrack) i.talkTrack = talkTrack;
    return i;
  }, [endDate, talkTrack, campaign]);
  const changed = Object.keys(input).length > 0;
  return (
    <Form layout="vertical" data-testid="amendment-form">
      <Typography.Paragraph type="secondary">{t('campaigns:amend.help')}</Typography.Paragraph>
      <Form.Item label={t('campaigns:field.endDate')}>
        <Input type="date" value={endDate} min={campaign.startDate ?? undefined} onChange={(e) => setEndDate(e.target.value)} data-testid="amend-end" />
      </Form.Item>
      <Form.Item label={t('campaigns:field.talkTrack')}>
        <Input.TextArea rows={4} value={talkTrack} onChange={(e) => setTalkTrack(e.target.value)} data-testid="amend-talk-track" />
      </Form.Item>
      {result.error && <Alert type="error" showIcon message={serverErrorMessage(result.error, i18n.language)} style={{ marginBottom: 12 }} />}
      <Button type="primary" disabled={!changed || !talkTrack.trim()} loading={result.fetching} data-testid="amend-save"
        onClick={async () => { const res = await update({ id: campaign.id, version: campaign.version, input }); if (res.data) onDone(); }}>
        {t('campaigns:amend.save')}
      </Button>
    </Form>
  );
}
