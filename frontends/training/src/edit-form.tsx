import { useState, type ReactNode } from 'react';
import { Alert, Modal, message } from 'antd';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { serverErrorCode, serverErrorMessage } from '@retention/ui';

/**
 * What a create-or-edit form does with the server's answer: closes on success, else shows the
 * problem. A stale edit (VERSION_CONFLICT) gets our own explanation instead of the server's terse
 * "version" text, and asks the list to reload (`onStale`) so the next edit starts from the latest version.
 */
export function useSaveOutcome(onDone: () => void, onStale: () => void) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const settle = (result: { error?: CombinedError }) => {
    if (!result.error) {
      void message.success(t('training:saved'));
      onDone();
    } else if (serverErrorCode(result.error) === 'VERSION_CONFLICT') {
      setProblem(t('training:versionConflict'));
      onStale();
    } else setProblem(serverErrorMessage(result.error, i18n.language));
  };
  return { problem, settle };
}

interface EditModalProps {
  /** Editing an existing record (else creating one): the OK button says save, not create. */
  editing: boolean;
  title: string;
  /** Names the OK button and the problem alert for tests: `${id}-ok`, `${id}-error`. */
  id: string;
  problem: string | null;
  onOk: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The modal around a create-or-edit form, with the save's problem above the fields. */
export function EditModal({ editing, title, id, problem, onOk, onCancel, children }: EditModalProps) {
  const { t } = useTranslation();
  return (
    <Modal open title={title} onCancel={onCancel} onOk={onOk} okText={editing ? t('training:saveButton') : t('training:create')} okButtonProps={{ id: `${id}-ok` }} destroyOnClose>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 8 }} data-testid={`${id}-error`} />}
      {children}
    </Modal>
  );
}
