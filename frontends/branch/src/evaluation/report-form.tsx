import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Tag, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { serverErrorField, serverErrorMessage } from '@retention/ui';
import { graphql } from '../gql';
import './evaluation-messages';

export const createBranchReportMutation = graphql(`
  mutation CreateBranchReport($input: CreateReportInput!) {
    createEvaluationReport(input: $input) { id status version month updatedAt }
  }
`);
export const updateBranchReportMutation = graphql(`
  mutation UpdateBranchReport($id: ID!, $version: Int!, $input: ReportTextInput!) {
    updateEvaluationReport(id: $id, version: $version, input: $input) { id status version updatedAt }
  }
`);
export const submitBranchReportMutation = graphql(`
  mutation SubmitBranchReport($id: ID!, $version: Int) {
    submitEvaluationReport(id: $id, version: $version) { id status version submittedAt updatedAt }
  }
`);

const TEXTS = ['whatWorked', 'problems', 'customerFeedback', 'suggestions', 'nextActions'] as const;
const CLASSES = ['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK'];

export interface ReportDraft {
  id: string;
  status: string;
  version: number;
  month: string;
  whatWorked: string;
  problems: string;
  customerFeedback: string;
  suggestions: string;
  nextActions: string;
  tags: string[];
  retentionClasses: string[];
  reviewerComment?: string | null;
}

type Values = Record<(typeof TEXTS)[number], string> & { tags: string; retentionClasses: string[] };

const toValues = (r: ReportDraft | null): Values => ({
  whatWorked: r?.whatWorked ?? '',
  problems: r?.problems ?? '',
  customerFeedback: r?.customerFeedback ?? '',
  suggestions: r?.suggestions ?? '',
  nextActions: r?.nextActions ?? '',
  tags: (r?.tags ?? []).join(', '),
  retentionClasses: r?.retentionClasses ?? [],
});

/**
 * The branch's report on its own execution of a campaign at an evaluation month: a draft
 * saved with its version, submitted to the province (the computed figures freeze then);
 * a returned report shows the province's comment and can be edited and resubmitted.
 */
export function ReportForm({ campaignId, branchCode, month, report, onChanged }: { campaignId: string; branchCode: string; month: string | null; report: ReportDraft | null; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(toValues(report));
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [created, create] = useMutation(createBranchReportMutation);
  const [updated, update] = useMutation(updateBranchReportMutation);
  const [submitted, submit] = useMutation(submitBranchReportMutation);
  useEffect(() => setValues(toValues(report)), [report]);
  const editable = !report || report.status === 'DRAFT' || report.status === 'RETURNED';
  const busy = created.fetching || updated.fetching || submitted.fetching;

  const input = () => ({
    ...Object.fromEntries(TEXTS.map((k) => [k, values[k]])),
    tags: values.tags.split(/[,，]/).map((s) => s.trim()).filter(Boolean),
    retentionClasses: values.retentionClasses,
  });

  const failed = (error: Parameters<typeof serverErrorMessage>[0]) => {
    const text = serverErrorMessage(error, i18n.language);
    const field = serverErrorField(error);
    setFieldError(field ? { field: field.replace(/^input\./, ''), message: text } : null);
    void message.error(text);
  };

  /** Saves the draft (creating it the first time) and returns its id and version. */
  const save = async (): Promise<{ id: string; version: number } | null> => {
    setFieldError(null);
    if (!report) {
      const res = await create({ input: { campaignId, branchCode, month, idempotencyKey: `${campaignId}:${branchCode}:${month ?? 'latest'}`, ...input() } });
      if (res.error || !res.data) return failed(res.error), null;
      return { id: res.data.createEvaluationReport.id, version: res.data.createEvaluationReport.version };
    }
    const res = await update({ id: report.id, version: report.version, input: input() });
    if (res.error || !res.data) return failed(res.error), null;
    return { id: report.id, version: res.data.updateEvaluationReport.version };
  };

  return (
    <Form layout="vertical" disabled={!editable || busy} data-testid="report-form">
      {report?.status === 'RETURNED' && report.reviewerComment && <Alert type="warning" showIcon message={`${t('branchEvaluation:report.reviewerComment')}：${report.reviewerComment}`} style={{ marginBottom: 12 }} />}
      {report?.status === 'SUBMITTED' && <Alert type="info" showIcon message={t('branchEvaluation:report.waiting')} style={{ marginBottom: 12 }} />}
      {report?.status === 'ACCEPTED' && <Alert type="success" showIcon message={t('branchEvaluation:report.locked')} style={{ marginBottom: 12 }} />}
      {report && <Tag style={{ marginBottom: 12 }} data-testid="report-status">{t(`evaluationStatus.${report.status}`)}</Tag>}
      {TEXTS.map((k) => (
        <Form.Item key={k} label={t(`branchEvaluation:report.${k}`)} validateStatus={fieldError?.field === k ? 'error' : undefined} help={fieldError?.field === k ? fieldError.message : undefined}>
          <Input.TextArea aria-label={t(`branchEvaluation:report.${k}`)} data-testid={`report-${k}`} rows={3} maxLength={4000} value={values[k]} onChange={(e) => setValues({ ...values, [k]: e.target.value })} />
        </Form.Item>
      ))}
      <Form.Item label={t('branchEvaluation:report.tags')} validateStatus={fieldError?.field === 'tags' ? 'error' : undefined} help={fieldError?.field === 'tags' ? fieldError.message : undefined}>
        <Input aria-label={t('branchEvaluation:report.tags')} value={values.tags} onChange={(e) => setValues({ ...values, tags: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('branchEvaluation:report.classes')}>
        <Select mode="multiple" value={values.retentionClasses} onChange={(retentionClasses) => setValues({ ...values, retentionClasses })} options={CLASSES.map((c) => ({ value: c, label: t(`labels.retentionClass.${c}`) }))} />
      </Form.Item>
      {editable && (
        <Space>
          <Button
            data-testid="report-save"
            onClick={async () => {
              if (await save()) {
                void message.success(t('branchEvaluation:report.saved'));
                onChanged();
              }
            }}
          >
            {t('branchEvaluation:report.save')}
          </Button>
          <Button
            type="primary"
            data-testid="report-submit"
            onClick={async () => {
              const saved = await save();
              if (!saved) return;
              const res = await submit({ id: saved.id, version: saved.version });
              if (res.error) return failed(res.error);
              void message.success(t('branchEvaluation:report.submitted'));
              onChanged();
            }}
          >
            {t('branchEvaluation:report.submit')}
          </Button>
        </Space>
      )}
    </Form>
  );
}
