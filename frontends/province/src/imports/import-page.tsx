import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Progress, Space, Table, Tag, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { useJobProgress } from '@retention/client';
import { serverErrorMessage, useLabels } from '@retention/ui';
import { exportFileName, exportToExcel } from '@retention/segment-views/src/export-excel';
import { graphql } from '../gql';
import { uploadFile } from './upload-file';
import './import-messages';

const KINDS = ['subscribers', 'usage', 'offers'] as const;
type Kind = (typeof KINDS)[number];

const StartImportMutation = graphql(`
  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {
    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }
  }
`);

/** Polled while the import runs: the shared Job, plus what only an import has. */
export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    segmentJob(id: $id) {
      id
      job { id status phase progress rowsDone error }
      errorCount
      files { kind file rowsRead rowsImported rowsRejected months ignoredColumns }
      refreshedMonths
    }
  }
`);

/** Read once the import has finished. */
export const ImportErrorsQuery = graphql(`
  query ImportErrors($id: ID!) {
    importErrors(jobId: $id, limit: 500) { file line column code value message }
  }
`);

/** Upload the monthly extracts, follow the import (and the refresh of its months), read the error report. */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [files, setFiles] = useState<Partial<Record<Kind, File>>>({});
  const [quarantine, setQuarantine] = useState(false);
  const [refresh, setRefresh] = useState(true);
  const [uploading, setUploading] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [, startImport] = useMutation(StartImportMutation);

  const run = async () => {
    setFailure(null);
    setJobId(null);
    try {
      const chosen = KINDS.filter((k) => files[k]);
      const total = chosen.reduce((sum, k) => sum + files[k]!.size, 0);
      let done = 0;
      const ids: string[] = [];
      for (const kind of chosen) {
        const file = files[kind]!;
        ids.push(await uploadFile(client, kind, file, (f) => setUploading((done + f * file.size) / total)));
        done += file.size;
      }
      const started = await startImport({ uploadIds: ids, quarantine, refresh });
      if (!started.data) throw new Error(serverErrorMessage(started.error, i18n.language));
      setJobId(started.data.startImport.id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(null);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="import-page">
      <Card size="small" title={t('province:imports.title')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {KINDS.map((kind) => (
            <Space key={kind}>
              <span style={{ display: 'inline-block', width: 140 }}>{t(`province:imports.kind.${kind}`)}</span>
              <Upload
                accept=".csv,.xlsx"
                maxCount={1}
                beforeUpload={(file) => {
                  setFiles((f) => ({ ...f, [kind]: file }));
                  return false;
                }}
                onRemove={() => setFiles((f) => ({ ...f, [kind]: undefined }))}
              >
                <Button>{t('province:imports.choose')}</Button>
              </Upload>
            </Space>
          ))}
          <Checkbox checked={quarantine} onChange={(e) => setQuarantine(e.target.checked)}>
            {t('province:imports.quarantine')}
          </Checkbox>
          <Checkbox checked={refresh} onChange={(e) => setRefresh(e.target.checked)} data-testid="refresh-after-import">
            {t('province:imports.refreshAfter')}
          </Checkbox>
          <Button type="primary" disabled={!Object.values(files).some(Boolean) || uploading !== null} onClick={run} data-testid="start-import">
            {t('province:imports.start')}
          </Button>
          {uploading !== null && <Progress percent={Math.round(uploading * 100)} status="active" format={(p) => `${t('province:imports.uploading')} ${p}%`} />}
          {failure && <Alert type="error" showIcon message={failure} />}
        </Space>
      </Card>
      {jobId && <ImportJob id={jobId} />}
    </Space>
  );
}

/** The job's phase in the user's language ("reading usage.csv" → 正在读取 usage.csv). */
export function phaseLabel(phase: string | null | undefined, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!phase) return '';
  const patterns: [RegExp, string][] = [
    [/^fetching (.+)$/, 'fetching'], [/^reading (.+)$/, 'reading'], [/^validating (.+)$/, 'validating'], [/^refreshing (\d{4}-\d{2})/, 'refreshing'],
  ];
  for (const [re, key] of patterns) {
    const match = phase.match(re);
    if (match) return t(`province:imports.phase.${key}`, { what: match[1] });
  }
  const known = ['applying', 'done', 'failed', 'queued'];
  return known.includes(phase) ? t(`province:imports.phase.${phase}`) : phase;
}

function ImportJob({ id }: { id: string }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const { job, data, done } = useJobProgress(ImportJobQuery, id, { select: (d) => d.segmentJob.job });
  const [{ data: report }] = useQuery({ query: ImportErrorsQuery, variables: { id }, requestPolicy: 'network-only', pause: !done });
  const importJob = data?.segmentJob;
  if (!job || !importJob) return null;
  const importErrors = report?.importErrors ?? [];
  // Rows read are the files' data rows (the header is not a row), the same figure as the file table's.
  const rowsRead = importJob.files.length ? importJob.files.reduce((sum, f) => sum + f.rowsRead, 0) : job.rowsDone;
  const failed = job.status === 'FAILED';
  const summary = failed
    ? importJob.errorCount > 0
      ? t('province:imports.failedRows', { count: importJob.errorCount })
      : t('province:imports.failedOther')
    : job.status === 'SUCCEEDED' && importJob.errorCount > 0
      ? t('province:imports.quarantined', { count: importJob.errorCount })
      : null;
  const codeText = (code: string) => t(`province:imports.codes.${code}`, { defaultValue: code });
  const download = () =>
    exportToExcel(exportFileName(t('province:imports.reportFile'), id.slice(0, 8)), t('province:imports.report'), [
      { title: t('province:imports.file'), value: (e: (typeof importErrors)[number]) => e.file },
      { title: t('province:imports.line'), value: (e) => e.line, format: 'integer' },
      { title: t('province:imports.column'), value: (e) => e.column },
      { title: t('province:imports.value'), value: (e) => e.value },
      { title: t('province:imports.codeColumn'), value: (e) => e.code },
      { title: t('province:imports.message'), value: (e) => `${codeText(e.code)}${e.column ? `（${e.column}）` : ''}` },
    ], importErrors);
  return (
    <Card size="small" title={t('province:imports.job')} data-testid="import-job">
      <Progress
        percent={Math.round(job.progress * 100)}
        status={failed ? 'exception' : job.status === 'SUCCEEDED' ? 'success' : 'active'}
        format={(p) => (done ? label('jobStatus', job.status) : `${p}% · ${phaseLabel(job.phase, t)}`)}
      />
      <Descriptions size="small" column={3} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('province:imports.status')}><Tag data-testid="import-status">{label('jobStatus', job.status)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('province:imports.rows')}><span data-testid="import-rows">{rowsRead.toLocaleString()}</span></Descriptions.Item>
        <Descriptions.Item label={t('province:imports.errors')}>{importJob.errorCount}</Descriptions.Item>
      </Descriptions>
      {summary && <Alert type={failed ? 'error' : 'warning'} showIcon message={summary} style={{ marginBottom: 8 }} data-testid="import-summary"
        description={failed && importJob.errorCount === 0 && job.error ? job.error : undefined} />}
      {importJob.files.filter((f) => f.ignoredColumns.length > 0).map((f) => (
        <Alert key={f.kind} type="warning" showIcon style={{ marginBottom: 8 }} data-testid="ignored-columns"
          message={t('province:imports.ignoredColumns', { file: f.file, columns: f.ignoredColumns.join('、') })} />
      ))}
      {importJob.files.length > 0 && (
        <Table
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={importJob.files}
          columns={[
            { title: t('province:imports.file'), dataIndex: 'file' },
            { title: t('province:imports.read'), dataIndex: 'rowsRead', align: 'right' },
            { title: t('province:imports.imported'), dataIndex: 'rowsImported', align: 'right' },
            { title: t('province:imports.rejected'), dataIndex: 'rowsRejected', align: 'right' },
            { title: t('province:imports.months'), dataIndex: 'months', render: (m: string[]) => m.join(' ') },
          ]}
        />
      )}
      {importErrors.length > 0 && (
        <Table
          rowKey={(e) => `${e.file}:${e.line}:${e.column}:${e.code}`}
          size="small"
          style={{ marginTop: 16 }}
          title={() => (
            <Space>
              {t('province:imports.report')}
              <Button size="small" onClick={download} data-testid="download-report">{t('province:imports.download')}</Button>
            </Space>
          )}
          dataSource={importErrors}
          columns={[
            { title: t('province:imports.file'), dataIndex: 'file' },
            { title: t('province:imports.line'), dataIndex: 'line', width: 80 },
            { title: t('province:imports.column'), dataIndex: 'column' },
            { title: t('province:imports.code'), dataIndex: 'code', render: codeText },
            { title: t('province:imports.value'), dataIndex: 'value' },
          ]}
        />
      )}
      {importJob.refreshedMonths.length > 0 && (
        <Tag color="green" style={{ marginTop: 16 }} data-testid="refreshed-months">
          {t('province:imports.refreshed', { months: importJob.refreshedMonths.join(', ') })}
        </Tag>
      )}
    </Card>
  );
}
