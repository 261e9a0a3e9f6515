import { useRef, useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Radio, Select, Space, Switch, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { newIdempotencyKey } from '@retention/campaign-views';
import { LABELS } from '@retention/domain';
import { serverErrorField, serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { ContactOutcome, RecordContactInput } from '../gql/graphql';

const RecordContactMutation = graphql(`
  mutation RecordContact($input: RecordContactInput!) {
    recordContact(input: $input) { id taskId outcome offerTierCode callbackAt cost contactedAt complaint { valid text } }
  }
`);

const OUTCOMES = Object.keys(LABELS.contactOutcome) as ContactOutcome[];

/** Today in the province's time zone (YYYY-MM-DD), as the server counts days. */
export function shanghaiDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A time of day HH:MM today in Asia/Shanghai as ISO 8601 with its offset. */
export function callbackIso(time: string, day: string = shanghaiDay()): string {
  return `${day}T${time}:00+08:00`;
}

interface Draft {
  outcome: ContactOutcome | null;
  tier: string | null;
  callbackTime: string;
  complaint: boolean;
  complaintValid: boolean;
  complaintText: string;
  note: string;
}

const EMPTY: Draft = { outcome: null, tier: null, callbackTime: '', complaint: false, complaintValid: false, complaintText: '', note: '' };

/** The payload of a draft, without its key: the same payload retried keeps its key. */
export function payloadOf(taskId: string, d: Draft): Omit<RecordContactInput, 'idempotencyKey'> {
  return {
    taskId,
    outcome: d.outcome!,
    offerTierCode: d.outcome === 'ACCEPTED' ? d.tier : null,
    callbackAt: d.outcome === 'HESITANT_CALLBACK' && d.callbackTime ? callbackIso(d.callbackTime) : null,
    complaint: d.complaint ? { valid: d.complaintValid, text: d.complaintText.trim() || null } : null,
    note: d.note.trim() || null,
  };
}

/**
 * Records one contact attempt: the outcome, the tier for ACCEPTED, a callback later the same
 * day for HESITANT_CALLBACK, an optional complaint. Each attempt has its own idempotency key; a
 * retry of the same submission (after an error or a lost answer) sends the same key again.
 */
export function OutcomeForm({ taskId, tiers, disabled, onRecorded }: { taskId: string; tiers: { code: string; name: string }[]; disabled?: boolean; onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [result, record] = useMutation(RecordContactMutation);
  const attempt = useRef<{ key: string; payload: string } | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const missing = !draft.outcome
    ? 'outcome'
    : draft.outcome === 'ACCEPTED' && !draft.tier
      ? 'tier'
      : draft.outcome === 'HESITANT_CALLBACK' && !draft.callbackTime
        ? 'callback'
        : null;
  const field = serverErrorField(result.error);
  const submit = async () => {
    if (missing) return;
    const payload = payloadOf(taskId, draft);
    const text = JSON.stringify(payload);
    if (attempt.current?.payload !== text) attempt.current = { key: newIdempotencyKey(), payload: text };
    const res = await record({ input: { ...payload, idempotencyKey: attempt.current.key } });
    if (res.data) {
      attempt.current = null;
      setDraft(EMPTY);
      void message.success(t('branch:worklist.recorded', { outcome: label('contactOutcome', res.data.recordContact.outcome) }));
      onRecorded();
    }
  };
  return (
    <Form layout="vertical" onFinish={submit} data-testid="outcome-form" disabled={disabled}>
      <Form.Item label={t('branch:worklist.outcome')} required>
        <Radio.Group value={draft.outcome} onChange={(e) => set({ outcome: e.target.value })} optionType="button" buttonStyle="solid" data-testid="outcome">
          {OUTCOMES.map((o) => <Radio.Button key={o} value={o}><span data-testid={`outcome-${o}`}>{label('contactOutcome', o)}</span></Radio.Button>)}
        </Radio.Group>
      </Form.Item>
      {draft.outcome === 'ACCEPTED' && (
        <Form.Item label={t('branch:worklist.tier')} required validateStatus={field === 'input.offerTierCode' ? 'error' : undefined}>
          <Select showSearch optionFilterProp="label" value={draft.tier} onChange={(v: string) => set({ tier: v })} style={{ width: 320 }} data-testid="outcome-tier" placeholder={t('branch:worklist.chooseTier')}
            options={tiers.map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }))} notFoundContent={t('branch:worklist.noTiers')} />
        </Form.Item>
      )}
      {draft.outcome === 'HESITANT_CALLBACK' && (
        <Form.Item label={t('branch:worklist.callbackAt')} required extra={t('branch:worklist.callbackHelp')} validateStatus={field === 'input.callbackAt' ? 'error' : undefined}>
          <Input type="time" value={draft.callbackTime} onChange={(e) => set({ callbackTime: e.target.value })} style={{ width: 160 }} data-testid="outcome-callback" />
        </Form.Item>
      )}
      {draft.outcome === 'DO_NOT_CALL' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('branch:worklist.doNotCallHelp')} />}
      <Form.Item>
        <Checkbox checked={draft.complaint} onChange={(e) => set({ complaint: e.target.checked })} data-testid="outcome-complaint">{t('branch:worklist.complaint')}</Checkbox>
      </Form.Item>
      {draft.complaint && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Space>
            <Switch checked={draft.complaintValid} onChange={(v) => set({ complaintValid: v })} data-testid="outcome-complaint-valid" />
            <span>{t('branch:worklist.complaintValid')}</span>
          </Space>
          <Input.TextArea rows={2} value={draft.complaintText} onChange={(e) => set({ complaintText: e.target.value })} placeholder={t('branch:worklist.complaintText')} data-testid="outcome-complaint-text" />
        </Space>
      )}
      <Form.Item label={t('branch:worklist.note')}>
        <Input.TextArea rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} data-testid="outcome-note" />
      </Form.Item>
      {result.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={serverErrorMessage(result.error, i18n.language)} description={t('branch:worklist.retryHelp')} data-testid="outcome-error" />}
      <Space>
        <Button type="primary" htmlType="submit" disabled={Boolean(missing)} loading={result.fetching} data-testid="outcome-save">{t('branch:worklist.save')}</Button>
        {missing && <Typography.Text type="secondary">{t(`branch:worklist.missing.${missing}`)}</Typography.Text>}
      </Space>
    </Form>
  );
}
