import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Progress, Space, Table, Tag, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { useJobProgress } from '@retention/client';
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
      files { kind file rowsRead rowsImported rowsRejected months }
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
  const { t } = useTranslation();
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
      if (!started.data) throw new Error(started.error?.graphQLErrors[0]?.message ?? started.error?.message);
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

function ImportJob({ id }: { id: string }) {
  const { t } = useTranslation();
  const { job, data, done } = useJobProgress(ImportJobQuery, id, { select: (d) => d.segmentJob.job });
  const [{ data: report }] = useQuery({ query: ImportErrorsQuery, variables: { id }, requestPolicy: 'network-only', pause: !done });
  const importJob = data?.segmentJob;
  if (!job || !importJob) return null;
  const importErrors = report?.importErrors ?? [];
  return (
    <Card size="small" title={t('province:imports.job')} data-testid="import-job">
      <Progress
        percent={Math.round(job.progress * 100)}
        status={job.status === 'FAILED' ? 'exception' : job.status === 'SUCCEEDED' ? 'success' : 'active'}
        format={(p) => `${p}% · ${job.phase}`}
      />
      <Descriptions size="small" column={3} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('province:imports.status')}><Tag>{t(`province:imports.jobStatus.${job.status}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('province:imports.rows')}>{job.rowsDone.toLocaleString()}</Descriptions.Item>
        <Descriptions.Item label={t('province:imports.errors')}>{importJob.errorCount}</Descriptions.Item>
      </Descriptions>
      {job.error && <Alert type="error" showIcon message={job.error} style={{ marginBottom: 8 }} />}
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
          title={() => t('province:imports.report')}
          dataSource={importErrors}
          columns={[
            { title: t('province:imports.file'), dataIndex: 'file' },
            { title: t('province:imports.line'), dataIndex: 'line', width: 80 },
            { title: t('province:imports.column'), dataIndex: 'column' },
            { title: t('province:imports.code'), dataIndex: 'code', render: (c: string) => t(`province:imports.codes.${c}`, { defaultValue: c }) },
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
