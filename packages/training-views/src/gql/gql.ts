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
    "\n  query StaffRoster($branchCode: String, $role: StaffRole, $contactKind: ContactKind, $active: Boolean, $search: String, $first: Int, $after: String) {\n    staff(branchCode: $branchCode, role: $role, contactKind: $contactKind, active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id employeeNo displayName role contactKind branchCode active hasLogin version }\n    }\n  }\n": typeof types.StaffRosterDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!, $key: String) {\n    createStaff(input: $input, idempotencyKey: $key) { id version }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation UpdateStaff($id: ID!, $version: Int!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, version: $version, input: $input) { id version employeeNo displayName role contactKind branchCode active }\n  }\n": typeof types.UpdateStaffDocument,
    "\n  mutation ImportStaff($fileName: String!, $content: String!, $dryRun: Boolean) {\n    importStaff(fileName: $fileName, contentBase64: $content, dryRun: $dryRun) { imported rows created updated errors { line column code value message } }\n  }\n": typeof types.ImportStaffDocument,
};
const documents: Documents = {
    "\n  query StaffRoster($branchCode: String, $role: StaffRole, $contactKind: ContactKind, $active: Boolean, $search: String, $first: Int, $after: String) {\n    staff(branchCode: $branchCode, role: $role, contactKind: $contactKind, active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id employeeNo displayName role contactKind branchCode active hasLogin version }\n    }\n  }\n": types.StaffRosterDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!, $key: String) {\n    createStaff(input: $input, idempotencyKey: $key) { id version }\n  }\n": types.CreateStaffDocument,
    "\n  mutation UpdateStaff($id: ID!, $version: Int!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, version: $version, input: $input) { id version employeeNo displayName role contactKind branchCode active }\n  }\n": types.UpdateStaffDocument,
    "\n  mutation ImportStaff($fileName: String!, $content: String!, $dryRun: Boolean) {\n    importStaff(fileName: $fileName, contentBase64: $content, dryRun: $dryRun) { imported rows created updated errors { line column code value message } }\n  }\n": types.ImportStaffDocument,
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
export function graphql(source: "\n  query StaffRoster($branchCode: String, $role: StaffRole, $contactKind: ContactKind, $active: Boolean, $search: String, $first: Int, $after: String) {\n    staff(branchCode: $branchCode, role: $role, contactKind: $contactKind, active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id employeeNo displayName role contactKind branchCode active hasLogin version }\n    }\n  }\n"): (typeof documents)["\n  query StaffRoster($branchCode: String, $role: StaffRole, $contactKind: ContactKind, $active: Boolean, $search: String, $first: Int, $after: String) {\n    staff(branchCode: $branchCode, role: $role, contactKind: $contactKind, active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id employeeNo displayName role contactKind branchCode active hasLogin version }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!, $key: String) {\n    createStaff(input: $input, idempotencyKey: $key) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!, $key: String) {\n    createStaff(input: $input, idempotencyKey: $key) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaff($id: ID!, $version: Int!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, version: $version, input: $input) { id version employeeNo displayName role contactKind branchCode active }\n  }\n"): (typeof documents)["\n  mutation UpdateStaff($id: ID!, $version: Int!, $input: UpdateStaffInput!) {\n    updateStaff(id: $id, version: $version, input: $input) { id version employeeNo displayName role contactKind branchCode active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStaff($fileName: String!, $content: String!, $dryRun: Boolean) {\n    importStaff(fileName: $fileName, contentBase64: $content, dryRun: $dryRun) { imported rows created updated errors { line column code value message } }\n  }\n"): (typeof documents)["\n  mutation ImportStaff($fileName: String!, $content: String!, $dryRun: Boolean) {\n    importStaff(fileName: $fileName, contentBase64: $content, dryRun: $dryRun) { imported rows created updated errors { line column code value message } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;