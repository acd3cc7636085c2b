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
    "\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        shortName\n        name\n        inn\n      }\n    }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  query ActivationStatus($code: String!) {\n    activationStatus(code: $code) {\n      state\n      message\n      organizationName\n      fullName\n      expiresAt\n    }\n  }\n": typeof types.ActivationStatusDocument,
    "\n  mutation ActivateEmployer($code: String!, $login: String!, $password: String!) {\n    activateEmployer(code: $code, login: $login, password: $password) {\n      login\n      organizationName\n    }\n  }\n": typeof types.ActivateEmployerDocument,
    "\n  query OrganizationVacancies($status: VacancyStatus, $page: PageInput!) {\n    organizationVacancies(status: $status, page: $page) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganizationVacanciesDocument,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      duties\n      requirements\n      description\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n": typeof types.VacancyDocument,
};
const documents: Documents = {
    "\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        shortName\n        name\n        inn\n      }\n    }\n  }\n": types.MyOrganizationDocument,
    "\n  query ActivationStatus($code: String!) {\n    activationStatus(code: $code) {\n      state\n      message\n      organizationName\n      fullName\n      expiresAt\n    }\n  }\n": types.ActivationStatusDocument,
    "\n  mutation ActivateEmployer($code: String!, $login: String!, $password: String!) {\n    activateEmployer(code: $code, login: $login, password: $password) {\n      login\n      organizationName\n    }\n  }\n": types.ActivateEmployerDocument,
    "\n  query OrganizationVacancies($status: VacancyStatus, $page: PageInput!) {\n    organizationVacancies(status: $status, page: $page) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n      }\n    }\n  }\n": types.OrganizationVacanciesDocument,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      duties\n      requirements\n      description\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n": types.VacancyDocument,
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
export function graphql(source: "\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        shortName\n        name\n        inn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganization {\n    me {\n      id\n      organization {\n        id\n        shortName\n        name\n        inn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivationStatus($code: String!) {\n    activationStatus(code: $code) {\n      state\n      message\n      organizationName\n      fullName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ActivationStatus($code: String!) {\n    activationStatus(code: $code) {\n      state\n      message\n      organizationName\n      fullName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateEmployer($code: String!, $login: String!, $password: String!) {\n    activateEmployer(code: $code, login: $login, password: $password) {\n      login\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateEmployer($code: String!, $login: String!, $password: String!) {\n    activateEmployer(code: $code, login: $login, password: $password) {\n      login\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationVacancies($status: VacancyStatus, $page: PageInput!) {\n    organizationVacancies(status: $status, page: $page) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationVacancies($status: VacancyStatus, $page: PageInput!) {\n    organizationVacancies(status: $status, page: $page) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      duties\n      requirements\n      description\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      duties\n      requirements\n      description\n      status\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;