import type { GraphQLFormattedError } from 'graphql';

/**
 * The gateway's own error format: outside development no stack traces, no subgraph URLs
 * or HTTP responses (`extensions.response`), no internal messages. The subgraphs' codes,
 * fields and bilingual messages pass through untouched.
 */
export function gatewayFormatError(formatted: GraphQLFormattedError, development = process.env.NODE_ENV === 'development'): GraphQLFormattedError {
  if (development) return formatted;
  const { stacktrace: _stacktrace, exception: _exception, response: _response, serviceName: _serviceName, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'INTERNAL_SERVER_ERROR' && !extensions.messages) {
    return { message: 'Internal server error', path: formatted.path, extensions: { code, messages: { 'zh-CN': '服务器内部错误，请稍后重试', en: 'Internal server error, please try again later' } } };
  }
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
}
