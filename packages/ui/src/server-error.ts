import type { CombinedError } from '@urql/core';
import { i18n } from './i18n';

/** What the server's one error convention puts on every error (packages/graphql-kit/src/errors.ts). */
interface ErrorExtensions {
  code?: string;
  field?: string;
  messages?: { 'zh-CN'?: string; en?: string };
}

type ServerError = Pick<CombinedError, 'graphQLErrors' | 'networkError' | 'message'> | null | undefined;

function extensionsOf(error: ServerError): ErrorExtensions | undefined {
  return error?.graphQLErrors[0]?.extensions as ErrorExtensions | undefined;
}

/** The code of the first error (`FORBIDDEN`, `VERSION_CONFLICT`, …), or null. */
export function serverErrorCode(error: ServerError): string | null {
  return extensionsOf(error)?.code ?? null;
}

/** The input field the server names as at fault (`rule.all[0].value`), or null. */
export function serverErrorField(error: ServerError): string | null {
  return extensionsOf(error)?.field ?? null;
}

/**
 * The first error's message in the user's language: the server's `extensions.messages`
 * (zh-CN or English), else a message of our own for the code, never the raw English text
 * inside the Chinese UI; a failed request says that the server cannot be reached.
 */
export function serverErrorMessage(error: ServerError, language: string = i18n.language): string {
  if (!error) return '';
  const first = error.graphQLErrors[0];
  if (!first) return i18n.t('error.network', { lng: language });
  const ext = extensionsOf(error);
  const translated = language === 'en' ? ext?.messages?.en : ext?.messages?.['zh-CN'];
  if (translated) return translated;
  const code = ext?.code;
  if (code && i18n.exists(`errorCodes.${code}`, { lng: language })) return i18n.t(`errorCodes.${code}`, { lng: language });
  return i18n.t('errorCodes.UNKNOWN', { lng: language });
}
