import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Popconfirm, Progress, Row, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery, type Client } from 'urql';
import { useJobProgress } from '@retention/client';
import { BRANCH_CODES } from '@retention/domain';
import { serverErrorMessage, useLabels, useSession } from '@retention/ui';
import { graphql } from './gql';
import './messages';

export const DoNotContactEntriesQuery = graphql(`
  query DoNotContactEntries($branchCode: String, $subscriberId: String) {
    doNotContactEntries(branchCode: $branchCode, subscriberId: $subscriberId, first: 500) { id subscriberId branchCode reason expiresAt source createdBy createdAt }
  }
`);

const AddDoNotContactMutation = graphql(`
  mutation AddDoNotContact($input: DoNotContactInput!) {
    addDoNotContact(input: $input) { id subscriberId branchCode reason expiresAt source createdBy createdAt }
  }
`);

const RemoveDoNotContactMutation = graphql(`
  mutation RemoveDoNotContact($id: ID!) { removeDoNotContact(id: $id) }
`);

const BeginCampaignUploadMutation = graphql(`
  mutation BeginCampaignUpload($fileName: String!, $sizeBytes: Float!) { beginCampaignUpload(fileName: $fileName, sizeBytes: $sizeBytes) { id } }
`);

const CampaignUploadChunkMutation = graphql(`
  mutation CampaignUploadChunk($id: ID!, $offset: Float!, $base64: String!) { campaignUploadChunk(id: $id, offset: $offset, base64: $base64) { received } }
`);

const ImportDoNotContactMutation = graphql(`
  mutation ImportDoNotContact($uploadId: ID!) { importDoNotContact(uploadId: $uploadId) { id status } }
`);

export const CampaignJobQuery = graphql(`
  query CampaignJob($id: ID!) { campaignJob(id: $id) { id kind status phase progress rowsDone rowsTotal error } }
`);

const DoNotContactImportReportQuery = graphql(`
  query DoNotContactImportReport($jobId: ID!) { doNotContactImportReport(jobId: $jobId) { line column value code message } }
`);

const CHUNK = 768 * 1024;

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

function readSlice(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the file'));
    reader.readAsArrayBuffer(blob);
  });
}

class UploadFailed extends Error {
  constructor(readonly detail: Parameters<typeof serverErrorMessage>[0]) {
    super('upload failed');
  }
}

/** Sends a do-not-contact file to the campaigns service in ordered chunks; returns the upload id. */
export async function uploadDoNotContactFile(client: Client, file: File, onProgress: (fraction: number) => void): Promise<string> {
  const begun = await client.mutation(BeginCampaignUploadMutation, { fileName: file.name, sizeBytes: file.size }).toPromise();
  if (!begun.data) throw new UploadFailed(begun.error);
  const id = begun.data.beginCampaignUpload.id;
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const bytes = await readSlice(file.slice(offset, offset + CHUNK));
    const sent = await client.mutation(CampaignUploadChunkMutation, { id, offset, base64: toBase64(bytes) }).toPromise();
    if (sent.error) throw new UploadFailed(sent.error);
    onProgress(Math.min(1, (offset + bytes.byteLength) / file.size));
  }
  return id;
}

// Entries are DoNotContactEntry: the list refetches after add (named here in case it held none).
const entriesContext = { additionalTypenames: ['DoNotContactEntry'] };

/**
 * Do-not-contact entries (DOMAIN.md §5): the province-wide list for province planners, the
 * branch's list for its planners; add, remove, and import a CSV/XLSX with a row-numbered report.
 */
export function DoNotContactManager() {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const ownBranch = useSession().user?.branch?.code ?? null;
  // Province planners keep the province-wide list and may open any branch's list; branch planners their own.
  const [chosenList, setChosenList] = useState<string>('PROVINCE');
  const listCode = ownBranch ?? chosenList;
  const listBranch = listCode === 'PROVINCE' ? null : listCode;
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DoNotContactEntriesQuery, variables: { branchCode: listCode, subscriberId: search.trim() || null }, context: entriesContext,
  });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [added, add] = useMutation(AddDoNotContactMutation);
  const [removed, remove] = useMutation(RemoveDoNotContactMutation);
  const [subscriberId, setSubscriberId] = useState('');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const entries = data?.doNotContactEntries ?? [];
  const list = listBranch ? t('campaigns:dnc.branchList', { branch: branch(listBranch) }) : t('campaigns:dnc.provinceList');
  const now = Date.now();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="dnc-manager">
      {!ownBranch && (
        <Space>
          <Typography.Text>{t('campaigns:dnc.whichList')}</Typography.Text>
          <Select style={{ width: 200 }} value={chosenList} onChange={(v: string) => { setChosenList(v); setSearch(''); }} data-testid="dnc-list" showSearch optionFilterProp="label"
            options={[{ value: 'PROVINCE', label: t('campaigns:dnc.provinceList') }, ...BRANCH_CODES.map((c) => ({ value: c, label: t('campaigns:dnc.branchList', { branch: branch(c) }) }))]} />
        </Space>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('campaigns:dnc.add', { list })}>
            <Form layout="inline" onFinish={async () => {
              const res = await add({ input: { subscriberId: subscriberId.trim(), reason: reason.trim(), expiresAt: expiresAt || null, branchCode: listBranch } });
              if (res.data) { setSubscriberId(''); setReason(''); setExpiresAt(''); refetch({ requestPolicy: 'network-only' }); }
            }}>
              <Form.Item label={t('campaigns:dnc.subscriber')} required><Input value={subscriberId} onChange={(e) => setSubscriberId(e.target.value)} style={{ width: 140 }} data-testid="dnc-subscriber" /></Form.Item>
              <Form.Item label={t('campaigns:dnc.reason')} required><Input value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 180 }} data-testid="dnc-reason" /></Form.Item>
              <Form.Item label={t('campaigns:dnc.expires')}><Input type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} data-testid="dnc-expires" /></Form.Item>
              <Form.Item><Button type="primary" htmlType="submit" disabled={!subscriberId.trim() || !reason.trim()} loading={added.fetching} data-testid="dnc-add">{t('campaigns:dnc.addButton')}</Button></Form.Item>
            </Form>
            {added.error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={serverErrorMessage(added.error, i18n.language)} data-testid="dnc-error" />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <DoNotContactImport onImported={reload} />
        </Col>
      </Row>
      <Card size="small" title={list} extra={<Input.Search allowClear placeholder={t('campaigns:dnc.search')} onSearch={setSearch} style={{ width: 220 }} />}>
        {(error ?? removed.error) && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={serverErrorMessage(error ?? removed.error, i18n.language)} />}
        <Table
          size="small" rowKey="id" loading={fetching && !data} dataSource={entries} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="dnc-table"
          locale={{ emptyText: t('campaigns:dnc.empty') }}
          columns={[
            { title: t('campaigns:dnc.subscriber'), dataIndex: 'subscriberId' },
            { title: t('campaigns:dnc.list'), dataIndex: 'branchCode', render: (b: string | null) => (b ? branch(b) : t('campaigns:dnc.province')) },
            { title: t('campaigns:dnc.reason'), dataIndex: 'reason' },
            {
              title: t('campaigns:dnc.expires'), dataIndex: 'expiresAt',
              render: (v: string | null) => (v ? <>{new Date(v).toLocaleDateString(i18n.language)}{new Date(v).getTime() <= now && <Tag style={{ marginLeft: 4 }} data-testid="dnc-expired">{t('campaigns:dnc.expired')}</Tag>}</> : t('campaigns:dnc.never')),
            },
            { title: t('campaigns:dnc.source'), dataIndex: 'source', render: (s: string) => <Tag>{t(`campaigns:dnc.sources.${s}`, { defaultValue: s })}</Tag> },
            { title: t('campaigns:dnc.createdBy'), dataIndex: 'createdBy' },
            { title: t('campaigns:dnc.createdAt'), dataIndex: 'createdAt', render: (v: string) => new Date(v).toLocaleString(i18n.language) },
            {
              title: '', key: 'remove',
              render: (_, e) => (ownBranch && e.branchCode !== ownBranch ? null : (
                <Popconfirm title={t('campaigns:dnc.removeConfirm')} okText={t('campaigns:dnc.remove')} cancelText={t('campaigns:form.cancel')}
                  onConfirm={async () => { await remove({ id: e.id }); refetch({ requestPolicy: 'network-only' }); }}>
                  <Button size="small" danger data-testid={`dnc-remove-${e.subscriberId}`}>{t('campaigns:dnc.remove')}</Button>
                </Popconfirm>
              )),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function DoNotContactImport({ onImported }: { onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [, startImport] = useMutation(ImportDoNotContactMutation);
  const { job, done } = useJobProgress(CampaignJobQuery, jobId, { select: (d) => d.campaignJob });
  const [{ data: report }] = useQuery({ query: DoNotContactImportReportQuery, variables: { jobId: jobId ?? '' }, pause: !done || !jobId, requestPolicy: 'network-only' });
  const succeeded = done && job?.status === 'SUCCEEDED';
  useEffect(() => {
    if (succeeded) onImported();
  }, [succeeded, onImported]);
  const run = async () => {
    if (!file) return;
    setFailure(null);
    setJobId(null);
    try {
      const uploadId = await uploadDoNotContactFile(client, file, setSent);
      const started = await startImport({ uploadId });
      if (!started.data) throw new UploadFailed(started.error);
      setJobId(started.data.importDoNotContact.id);
    } catch (e) {
      setFailure(e instanceof UploadFailed ? serverErrorMessage(e.detail, i18n.language) : String(e));
    } finally {
      setSent(null);
    }
  };
  const rows = report?.doNotContactImportReport ?? [];
  return (
    <Card size="small" title={t('campaigns:dnc.import')} data-testid="dnc-import">
      <Typography.Paragraph type="secondary">{t('campaigns:dnc.importHelp')}</Typography.Paragraph>
      <Space>
        <Upload accept=".csv,.xlsx" maxCount={1} beforeUpload={(f) => { setFile(f); return false; }} onRemove={() => setFile(null)}>
          <Button>{t('campaigns:dnc.choose')}</Button>
        </Upload>
        <Button type="primary" disabled={!file || sent !== null} onClick={run} data-testid="dnc-import-start">{t('campaigns:dnc.importStart')}</Button>
      </Space>
      {sent !== null && <Progress percent={Math.round(sent * 100)} status="active" />}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginTop: 8 }} />}
      {job && (
        <div style={{ marginTop: 8 }} data-testid="dnc-import-job">
          <Progress percent={Math.round(job.progress * 100)} status={job.status === 'FAILED' ? 'exception' : job.status === 'SUCCEEDED' ? 'success' : 'active'} />
          {job.status === 'SUCCEEDED' && <Alert type="success" showIcon message={t('campaigns:dnc.imported', { n: job.rowsDone })} />}
          {job.status === 'FAILED' && <Alert type="error" showIcon message={t('campaigns:dnc.importFailed')} />}
        </div>
      )}
      {rows.length > 0 && (
        <Table
          size="small" style={{ marginTop: 8 }} pagination={{ pageSize: 10, hideOnSinglePage: true }} rowKey={(r) => `${r.line}:${r.column}:${r.code}`} dataSource={rows} data-testid="dnc-import-report"
          title={() => t('campaigns:dnc.report')}
          columns={[
            { title: t('campaigns:dnc.line'), dataIndex: 'line', width: 70 },
            { title: t('campaigns:dnc.column'), dataIndex: 'column' },
            { title: t('campaigns:dnc.value'), dataIndex: 'value' },
            { title: t('campaigns:dnc.problem'), dataIndex: 'code', render: (c: string, r) => t(`campaigns:dnc.codes.${c}`, { defaultValue: r.message }) },
          ]}
        />
      )}
    </Card>
  );
}
