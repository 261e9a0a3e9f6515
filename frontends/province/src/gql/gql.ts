/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EvaluationReports {\n    evaluationReports { id status updatedAt sharedPractice branch { code name nameEn } campaign { id name kind } }\n  }\n": typeof types.EvaluationReportsDocument,
    "\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months }\n      refreshedMonths\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n": typeof types.ImportErrorsDocument,
    "\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n": typeof types.BeginUploadDocument,
    "\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n": typeof types.UploadChunkDocument,
    "\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n": typeof types.PolicyOverviewDocument,
};
const documents: Documents = {
    "\n  query EvaluationReports {\n    evaluationReports { id status updatedAt sharedPractice branch { code name nameEn } campaign { id name kind } }\n  }\n": types.EvaluationReportsDocument,
    "\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n": types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months }\n      refreshedMonths\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n": types.ImportErrorsDocument,
    "\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n": types.BeginUploadDocument,
    "\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n": types.UploadChunkDocument,
    "\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n": types.PolicyOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationReports {\n    evaluationReports { id status updatedAt sharedPractice branch { code name nameEn } campaign { id name kind } }\n  }\n"): (typeof documents)["\n  query EvaluationReports {\n    evaluationReports { id status updatedAt sharedPractice branch { code name nameEn } campaign { id name kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n"): (typeof documents)["\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months }\n      refreshedMonths\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months }\n      refreshedMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n"): (typeof documents)["\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n"): (typeof documents)["\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n"): (typeof documents)["\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n"): (typeof documents)["\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;