import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Base class for a module's own errors: each module subclasses it with a string
 * code enum (e.g. CampaignError / CAMPAIGN_NOT_EDITABLE). Mapped once, in
 * formatError, to `extensions.code` so clients can switch on it.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Apollo formatError: domain errors keep their code; unexpected errors hide internals in production. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { ...formatted.extensions, code: original.code, ...(original.details ?? {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' && process.env.NODE_ENV === 'production') {
    return { message: 'Internal server error', extensions: { code } };
  }
  return formatted;
}
