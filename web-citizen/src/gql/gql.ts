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
    "\n  fragment AppealRow on Appeal {\n    id\n    number\n    type\n    status\n    unread\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n": typeof types.AppealRowFragmentDoc,
    "\n  fragment AppealCard on Appeal {\n    ...AppealRow\n    comment\n    contactPhone\n    contactEmail\n    result\n    rejectionReason\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n    }\n  }\n": typeof types.AppealCardFragmentDoc,
    "\n  query MyAppeals {\n    myAppeals(page: { limit: 200 }) {\n      ...AppealRow\n    }\n  }\n": typeof types.MyAppealsDocument,
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n    }\n  }\n": typeof types.AppealDocument,
    "\n  mutation MarkAppealRead($id: ID!) {\n    markAppealRead(id: $id) {\n      id\n      unread\n    }\n  }\n": typeof types.MarkAppealReadDocument,
    "\n  subscription AppealUpdated($sinceEventId: ID) {\n    appealUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      appeal {\n        ...AppealCard\n      }\n    }\n  }\n": typeof types.AppealUpdatedDocument,
    "\n  query CitizenServices {\n    citizenServices {\n      service\n      appealType\n      available\n      unavailableReason\n    }\n  }\n": typeof types.CitizenServicesDocument,
    "\n  query ApplicationData {\n    me {\n      id\n      fullName\n      phone\n      email\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n      workingHours\n      coordinates {\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.ApplicationDataDocument,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealRow\n    }\n  }\n": typeof types.SubmitAppealDocument,
    "\n  query MySettings {\n    me {\n      id\n      fullName\n      birthDate\n      snils\n      registrationAddress\n      passport {\n        series\n        number\n        issuedBy\n        issuedOn\n      }\n      phone\n      email\n      signsInThroughEsia\n    }\n  }\n": typeof types.MySettingsDocument,
    "\n  mutation ChangeMyEmail($email: String!, $password: String) {\n    changeMyEmail(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": typeof types.ChangeMyEmailDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n      }\n    }\n  }\n": typeof types.VacancySearchDocument,
    "\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n": typeof types.VacancyCardDocument,
    "\n  query Localities($search: String, $region: String) {\n    localities(search: $search, region: $region, limit: 20) {\n      name\n      region\n    }\n  }\n": typeof types.LocalitiesDocument,
    "\n  query BankFilterOptions {\n    localityRegions\n    jobCenters {\n      id\n      name\n    }\n  }\n": typeof types.BankFilterOptionsDocument,
};
const documents: Documents = {
    "\n  fragment AppealRow on Appeal {\n    id\n    number\n    type\n    status\n    unread\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n": types.AppealRowFragmentDoc,
    "\n  fragment AppealCard on Appeal {\n    ...AppealRow\n    comment\n    contactPhone\n    contactEmail\n    result\n    rejectionReason\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n    }\n  }\n": types.AppealCardFragmentDoc,
    "\n  query MyAppeals {\n    myAppeals(page: { limit: 200 }) {\n      ...AppealRow\n    }\n  }\n": types.MyAppealsDocument,
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n    }\n  }\n": types.AppealDocument,
    "\n  mutation MarkAppealRead($id: ID!) {\n    markAppealRead(id: $id) {\n      id\n      unread\n    }\n  }\n": types.MarkAppealReadDocument,
    "\n  subscription AppealUpdated($sinceEventId: ID) {\n    appealUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      appeal {\n        ...AppealCard\n      }\n    }\n  }\n": types.AppealUpdatedDocument,
    "\n  query CitizenServices {\n    citizenServices {\n      service\n      appealType\n      available\n      unavailableReason\n    }\n  }\n": types.CitizenServicesDocument,
    "\n  query ApplicationData {\n    me {\n      id\n      fullName\n      phone\n      email\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n      workingHours\n      coordinates {\n        latitude\n        longitude\n      }\n    }\n  }\n": types.ApplicationDataDocument,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealRow\n    }\n  }\n": types.SubmitAppealDocument,
    "\n  query MySettings {\n    me {\n      id\n      fullName\n      birthDate\n      snils\n      registrationAddress\n      passport {\n        series\n        number\n        issuedBy\n        issuedOn\n      }\n      phone\n      email\n      signsInThroughEsia\n    }\n  }\n": types.MySettingsDocument,
    "\n  mutation ChangeMyEmail($email: String!, $password: String) {\n    changeMyEmail(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": types.ChangeMyEmailDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n      }\n    }\n  }\n": types.VacancySearchDocument,
    "\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n": types.VacancyCardDocument,
    "\n  query Localities($search: String, $region: String) {\n    localities(search: $search, region: $region, limit: 20) {\n      name\n      region\n    }\n  }\n": types.LocalitiesDocument,
    "\n  query BankFilterOptions {\n    localityRegions\n    jobCenters {\n      id\n      name\n    }\n  }\n": types.BankFilterOptionsDocument,
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
export function graphql(source: "\n  fragment AppealRow on Appeal {\n    id\n    number\n    type\n    status\n    unread\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AppealRow on Appeal {\n    id\n    number\n    type\n    status\n    unread\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealCard on Appeal {\n    ...AppealRow\n    comment\n    contactPhone\n    contactEmail\n    result\n    rejectionReason\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment AppealCard on Appeal {\n    ...AppealRow\n    comment\n    contactPhone\n    contactEmail\n    result\n    rejectionReason\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppeals {\n    myAppeals(page: { limit: 200 }) {\n      ...AppealRow\n    }\n  }\n"): (typeof documents)["\n  query MyAppeals {\n    myAppeals(page: { limit: 200 }) {\n      ...AppealRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAppealRead($id: ID!) {\n    markAppealRead(id: $id) {\n      id\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAppealRead($id: ID!) {\n    markAppealRead(id: $id) {\n      id\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AppealUpdated($sinceEventId: ID) {\n    appealUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      appeal {\n        ...AppealCard\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AppealUpdated($sinceEventId: ID) {\n    appealUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      appeal {\n        ...AppealCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenServices {\n    citizenServices {\n      service\n      appealType\n      available\n      unavailableReason\n    }\n  }\n"): (typeof documents)["\n  query CitizenServices {\n    citizenServices {\n      service\n      appealType\n      available\n      unavailableReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationData {\n    me {\n      id\n      fullName\n      phone\n      email\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n      workingHours\n      coordinates {\n        latitude\n        longitude\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationData {\n    me {\n      id\n      fullName\n      phone\n      email\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n      workingHours\n      coordinates {\n        latitude\n        longitude\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealRow\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySettings {\n    me {\n      id\n      fullName\n      birthDate\n      snils\n      registrationAddress\n      passport {\n        series\n        number\n        issuedBy\n        issuedOn\n      }\n      phone\n      email\n      signsInThroughEsia\n    }\n  }\n"): (typeof documents)["\n  query MySettings {\n    me {\n      id\n      fullName\n      birthDate\n      snils\n      registrationAddress\n      passport {\n        series\n        number\n        issuedBy\n        issuedOn\n      }\n      phone\n      email\n      signsInThroughEsia\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyEmail($email: String!, $password: String) {\n    changeMyEmail(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyEmail($email: String!, $password: String) {\n    changeMyEmail(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Localities($search: String, $region: String) {\n    localities(search: $search, region: $region, limit: 20) {\n      name\n      region\n    }\n  }\n"): (typeof documents)["\n  query Localities($search: String, $region: String) {\n    localities(search: $search, region: $region, limit: 20) {\n      name\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankFilterOptions {\n    localityRegions\n    jobCenters {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query BankFilterOptions {\n    localityRegions\n    jobCenters {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;