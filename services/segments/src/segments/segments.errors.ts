import { DomainError } from '@retention/graphql-kit';
import { InvalidMonthError, parseMonth } from '../months/month';

export enum SegmentsErrorCode {
  BAD_MONTH = 'BAD_MONTH',
  BAD_YEAR = 'BAD_YEAR',
  MONTH_NOT_REFRESHED = 'MONTH_NOT_REFRESHED',
  MONTH_NOT_LOADED = 'MONTH_NOT_LOADED',
  UNKNOWN_SEGMENT = 'UNKNOWN_SEGMENT',
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  SEGMENT_NOT_FOUND = 'SEGMENT_NOT_FOUND',
  COHORT_NOT_FOUND = 'COHORT_NOT_FOUND',
  UPLOAD_NOT_FOUND = 'UPLOAD_NOT_FOUND',
  UPLOAD_OUT_OF_ORDER = 'UPLOAD_OUT_OF_ORDER',
  UPLOAD_INCOMPLETE = 'UPLOAD_INCOMPLETE',
  BAD_UPLOAD = 'BAD_UPLOAD',
  EXAMPLE_READ_ONLY = 'EXAMPLE_READ_ONLY',
  BAD_NAME = 'BAD_NAME',
}

export class SegmentsError extends DomainError<SegmentsErrorCode> {}

/** Validates a GraphQL month argument, naming the argument in the error. */
export function monthArg(value: string, argument = 'month'): string {
  try {
    parseMonth(value);
    return value;
  } catch (error) {
    if (error instanceof InvalidMonthError) {
      throw new SegmentsError(SegmentsErrorCode.BAD_MONTH, `${argument}: "${value}" is not a month in YYYY-MM form`, { argument });
    }
    throw error;
  }
}
