import { defineDomainError } from '@retention/graphql-kit';

export enum UploadErrorCode {
  UPLOAD_NOT_FOUND = 'UPLOAD_NOT_FOUND',
  UPLOAD_OUT_OF_ORDER = 'UPLOAD_OUT_OF_ORDER',
  UPLOAD_INCOMPLETE = 'UPLOAD_INCOMPLETE',
  UPLOAD_TAKEN = 'UPLOAD_TAKEN',
  UPLOAD_QUOTA_EXCEEDED = 'UPLOAD_QUOTA_EXCEEDED',
  BAD_UPLOAD = 'BAD_UPLOAD',
}

/** Errors of the upload store, the same codes in every service; each English message starts with the field it is about. */
export class UploadError extends defineDomainError<UploadErrorCode>({
  UPLOAD_NOT_FOUND: '找不到该上传文件',
  UPLOAD_OUT_OF_ORDER: '分块顺序不对，应从第 {expected} 字节续传',
  UPLOAD_INCOMPLETE: '文件尚未上传完整',
  UPLOAD_TAKEN: '该文件已由另一个任务导入',
  UPLOAD_QUOTA_EXCEEDED: '超出上传配额（{quota}）：请等待进行中的导入完成，未完成的上传 24 小时后自动清除',
  BAD_UPLOAD: '上传文件不符合要求',
}) {}
