import { useState } from 'react';
import { Button, Form, Input, Modal, Space, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { serverErrorMessage } from '@retention/ui';
import { graphql } from '../gql';
import './evaluation-messages';

export const ReturnReportMutation = graphql(`
  mutation ReturnReport($id: ID!, $comment: String!, $version: Int) {
    returnEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }
  }
`);
export const AcceptReportMutation = graphql(`
  mutation AcceptReport($id: ID!, $comment: String, $version: Int) {
    acceptEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }
  }
`);
export const ShareReportMutation = graphql(`
  mutation ShareReport($id: ID!, $shared: Boolean!, $tags: [String!], $version: Int) {
    shareEvaluationReport(id: $id, shared: $shared, tags: $tags, version: $version) { id status version sharedPractice tags updatedAt }
  }
`);

interface Target {
  id: string;
  status: string;
  version: number;
  sharedPractice: boolean;
  tags?: string[];
}

type Dialog = 'return' | 'accept' | 'share' | null;

/** Accept, return (comment required) and share buttons for one report, with their dialogs. */
export function ReviewActions({ report, onDone }: { report: Target; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [comment, setComment] = useState('');
  const [tags, setTags] = useState((report.tags ?? []).join(', '));
  const [commentError, setCommentError] = useState<string | null>(null);
  const [returned, giveBack] = useMutation(ReturnReportMutation);
  const [accepted, accept] = useMutation(AcceptReportMutation);
  const [shared, share] = useMutation(ShareReportMutation);
  const busy = returned.fetching || accepted.fetching || shared.fetching;

  const finish = (error: Parameters<typeof serverErrorMessage>[0]) => {
    if (error) {
      void message.error(serverErrorMessage(error, i18n.language));
      return;
    }
    void message.success(t('evaluation:review.done'));
    setDialog(null);
    setComment('');
    onDone?.();
  };

  const confirm = async () => {
    if (dialog === 'return') {
      if (!comment.trim()) {
        setCommentError(t('evaluation:review.commentRequired'));
        return;
      }
      finish((await giveBack({ id: report.id, comment: comment.trim(), version: report.version })).error);
    } else if (dialog === 'accept') {
      finish((await accept({ id: report.id, comment: comment.trim() || null, version: report.version })).error);
    } else if (dialog === 'share') {
      const list = tags.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
      finish((await share({ id: report.id, shared: true, tags: list, version: report.version })).error);
    }
  };

  return (
    <>
      <Space size="small">
        {report.status === 'SUBMITTED' && (
          <>
            <Button size="small" type="primary" onClick={() => setDialog('accept')} data-testid="review-accept">
              {t('evaluation:actions.accept')}
            </Button>
            <Button size="small" danger onClick={() => { setCommentError(null); setDialog('return'); }} data-testid="review-return">
              {t('evaluation:actions.return')}
            </Button>
          </>
        )}
        {report.status === 'ACCEPTED' &&
          (report.sharedPractice ? (
            <Button size="small" onClick={async () => finish((await share({ id: report.id, shared: false, version: report.version })).error)} data-testid="review-unshare">
              {t('evaluation:actions.unshare')}
            </Button>
          ) : (
            <Button size="small" onClick={() => setDialog('share')} data-testid="review-share">
              {t('evaluation:actions.share')}
            </Button>
          ))}
      </Space>
      <Modal
        open={dialog !== null}
        title={dialog ? t(`evaluation:review.${dialog}Title`) : ''}
        onCancel={() => setDialog(null)}
        onOk={() => void confirm()}
        confirmLoading={busy}
        okText={dialog ? t(`evaluation:actions.${dialog}`) : undefined}
        okButtonProps={{ 'data-testid': 'review-ok' } as Record<string, string>}
      >
        {dialog === 'share' ? (
          <Form.Item label={t('evaluation:review.tags')}>
            <Input value={tags} onChange={(e) => setTags(e.target.value)} data-testid="review-tags" />
          </Form.Item>
        ) : (
          <Form.Item
            label={dialog === 'return' ? t('evaluation:review.comment') : t('evaluation:review.acceptComment')}
            required={dialog === 'return'}
            validateStatus={commentError ? 'error' : undefined}
            help={commentError}
          >
            <Input.TextArea aria-label={t('evaluation:review.comment')} data-testid="review-comment" rows={4} value={comment} onChange={(e) => { setComment(e.target.value); setCommentError(null); }} />
          </Form.Item>
        )}
      </Modal>
    </>
  );
}
