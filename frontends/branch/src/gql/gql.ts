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
    "\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n": typeof types.CustomerCardDocument,
    "\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n": typeof types.SearchCustomersDocument,
    "\n  query BranchOverview {\n    me { id branch { code name nameEn subscriberCount campaignCount } }\n    campaigns { id name kind level status }\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n": typeof types.BranchOverviewDocument,
};
const documents: Documents = {
    "\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n": types.CustomerCardDocument,
    "\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n": types.SearchCustomersDocument,
    "\n  query BranchOverview {\n    me { id branch { code name nameEn subscriberCount campaignCount } }\n    campaigns { id name kind level status }\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n": types.BranchOverviewDocument,
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
export function graphql(source: "\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n"): (typeof documents)["\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchOverview {\n    me { id branch { code name nameEn subscriberCount campaignCount } }\n    campaigns { id name kind level status }\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n"): (typeof documents)["\n  query BranchOverview {\n    me { id branch { code name nameEn subscriberCount campaignCount } }\n    campaigns { id name kind level status }\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;