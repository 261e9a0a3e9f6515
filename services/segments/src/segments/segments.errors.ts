import { defineDomainError } from '@retention/graphql-kit';
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

export class SegmentsError extends defineDomainError<SegmentsErrorCode>({
  BAD_MONTH: '不是 YYYY-MM 格式的有效月份',
  BAD_YEAR: '不是有效的年份',
  MONTH_NOT_REFRESHED: '该月尚未生成客户细分（请先刷新该月）',
  MONTH_NOT_LOADED: '该月尚未导入账单数据',
  UNKNOWN_SEGMENT: '不是内置细分代码',
  JOB_NOT_FOUND: '找不到该任务',
  SEGMENT_NOT_FOUND: '找不到该细分',
  COHORT_NOT_FOUND: '找不到该拍照客户群',
  UPLOAD_NOT_FOUND: '找不到该上传文件',
  UPLOAD_OUT_OF_ORDER: '分块顺序不对，应从第 {expected} 字节续传',
  UPLOAD_INCOMPLETE: '文件尚未上传完整',
  BAD_UPLOAD: '上传文件不符合要求',
  EXAMPLE_READ_ONLY: '示例细分只读，不能修改或删除',
  BAD_NAME: '名称须为 1–60 个字符',
}) {}

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
