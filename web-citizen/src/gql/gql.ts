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
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n      # Not in the card's fragment: the application never changes, so live events need not carry it.\n      application {\n        key\n        title\n        fields {\n          key\n          label\n          display\n        }\n      }\n    }\n  }\n": typeof types.AppealDocument,
    "\n  mutation MarkAppealRead($id: ID!) {\n    markAppealRead(id: $id) {\n      id\n      unread\n    }\n  }\n": typeof types.MarkAppealReadDocument,
    "\n  subscription AppealUpdated($sinceEventId: ID) {\n    appealUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      appeal {\n        ...AppealCard\n      }\n    }\n  }\n": typeof types.AppealUpdatedDocument,
    "\n  fragment PersonalCaseRow on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    jobCenter {\n      id\n      name\n    }\n  }\n": typeof types.PersonalCaseRowFragmentDoc,
    "\n  query MyPersonalCases {\n    myPersonalCases {\n      ...PersonalCaseRow\n    }\n  }\n": typeof types.MyPersonalCasesDocument,
    "\n  subscription MyPersonalCasesUpdated($sinceEventId: ID) {\n    myPersonalCasesUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      personalCase {\n        ...PersonalCaseRow\n      }\n    }\n  }\n": typeof types.MyPersonalCasesUpdatedDocument,
    "\n  fragment FavoriteVacancyRow on FavoriteVacancy {\n    id\n    addedAt\n    vacancy {\n      id\n      title\n      employerName\n      salaryFrom\n      salaryTo\n      city\n      status\n      isFavorite\n    }\n  }\n": typeof types.FavoriteVacancyRowFragmentDoc,
    "\n  query MyFavoriteVacancies {\n    myFavoriteVacancies(page: { limit: 200 }) {\n      ...FavoriteVacancyRow\n    }\n  }\n": typeof types.MyFavoriteVacanciesDocument,
    "\n  mutation AddFavoriteVacancy($vacancyId: ID!) {\n    addFavoriteVacancy(vacancyId: $vacancyId) {\n      id\n      vacancy {\n        id\n        isFavorite\n      }\n    }\n  }\n": typeof types.AddFavoriteVacancyDocument,
    "\n  mutation RemoveFavoriteVacancy($vacancyId: ID!) {\n    removeFavoriteVacancy(vacancyId: $vacancyId)\n  }\n": typeof types.RemoveFavoriteVacancyDocument,
    "\n  query MatchingResumes {\n    myResumes(page: { limit: 100 }) {\n      id\n      status\n      desiredPosition\n      keySkills\n      city\n      desiredSalary\n    }\n  }\n": typeof types.MatchingResumesDocument,
    "\n  query VacancyMatches($criteria: VacancyMatchCriteria!) {\n    vacancyMatches(criteria: $criteria, page: { limit: 20 }) {\n      score\n      reasons\n      vacancy {\n        id\n        title\n        employerName\n        salaryFrom\n        salaryTo\n        city\n        isFavorite\n      }\n    }\n  }\n": typeof types.VacancyMatchesDocument,
    "\n  fragment ResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    desiredSalary\n    city\n    rejectionReason\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n": typeof types.ResumeRowFragmentDoc,
    "\n  fragment ResumeCard on Resume {\n    ...ResumeRow\n    fieldOfActivity\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    fullName\n    birthDate\n    phone\n    email\n    address\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n    }\n  }\n": typeof types.ResumeCardFragmentDoc,
    "\n  query MyResumes {\n    myResumes(page: { limit: 100 }) {\n      ...ResumeRow\n    }\n  }\n": typeof types.MyResumesDocument,
    "\n  query Resume($id: ID!) {\n    resume(id: $id) {\n      ...ResumeCard\n    }\n  }\n": typeof types.ResumeDocument,
    "\n  query ResumeFormData {\n    me {\n      id\n      fullName\n      phone\n      email\n      birthDate\n      registrationAddress\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n    }\n  }\n": typeof types.ResumeFormDataDocument,
    "\n  mutation CreateResume($input: CreateResumeInput!) {\n    createResume(input: $input) {\n      ...ResumeCard\n    }\n  }\n": typeof types.CreateResumeDocument,
    "\n  mutation UpdateResume($id: ID!, $input: ResumeInput!) {\n    updateResume(id: $id, input: $input) {\n      ...ResumeCard\n    }\n  }\n": typeof types.UpdateResumeDocument,
    "\n  subscription ResumeUpdated($sinceEventId: ID) {\n    resumeUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...ResumeCard\n      }\n    }\n  }\n": typeof types.ResumeUpdatedDocument,
    "\n  mutation WithdrawResume($id: ID!) {\n    withdrawResume(id: $id) {\n      ...ResumeCard\n    }\n  }\n": typeof types.WithdrawResumeDocument,
    "\n  query CitizenServices {\n    citizenServices {\n      service\n      appealType\n      available\n      unavailableReason\n    }\n  }\n": typeof types.CitizenServicesDocument,
    "\n  query ApplicationData {\n    me {\n      id\n      fullName\n      phone\n      email\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n      workingHours\n      coordinates {\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.ApplicationDataDocument,
    "\n  query ApplicationFormOf($type: AppealType!) {\n    applicationForm(type: $type) {\n      type\n      groups {\n        key\n        title\n        description\n        fields {\n          key\n          label\n          kind\n          required\n          options {\n            value\n            label\n          }\n          maxLength\n          min\n          max\n          maxItems\n          hint\n          prefill\n          inputField\n        }\n      }\n    }\n  }\n": typeof types.ApplicationFormOfDocument,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealRow\n    }\n  }\n": typeof types.SubmitAppealDocument,
    "\n  query MySettings {\n    me {\n      id\n      fullName\n      birthDate\n      snils\n      registrationAddress\n      passport {\n        series\n        number\n        issuedBy\n        issuedOn\n      }\n      phone\n      email\n      signsInThroughEsia\n    }\n  }\n": typeof types.MySettingsDocument,
    "\n  mutation ChangeMyEmail($email: String!, $password: String) {\n    changeMyEmail(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": typeof types.ChangeMyEmailDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n        isFavorite\n      }\n    }\n  }\n": typeof types.VacancySearchDocument,
    "\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      isFavorite\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n": typeof types.VacancyCardDocument,
    "\n  query Localities($search: String, $region: String) {\n    localities(search: $search, region: $region, limit: 20) {\n      name\n      region\n    }\n  }\n": typeof types.LocalitiesDocument,
    "\n  query BankFilterOptions {\n    localityRegions\n    jobCenters {\n      id\n      name\n    }\n  }\n": typeof types.BankFilterOptionsDocument,
};
const documents: Documents = {
    "\n  fragment AppealRow on Appeal {\n    id\n    number\n    type\n    status\n    unread\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n": types.AppealRowFragmentDoc,
    "\n  fragment AppealCard on Appeal {\n    ...AppealRow\n    comment\n    contactPhone\n    contactEmail\n    result\n    rejectionReason\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n    }\n  }\n": types.AppealCardFragmentDoc,
    "\n  query MyAppeals {\n    myAppeals(page: { limit: 200 }) {\n      ...AppealRow\n    }\n  }\n": types.MyAppealsDocument,
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n      # Not in the card's fragment: the application never changes, so live events need not carry it.\n      application {\n        key\n        title\n        fields {\n          key\n          label\n          display\n        }\n      }\n    }\n  }\n": types.AppealDocument,
    "\n  mutation MarkAppealRead($id: ID!) {\n    markAppealRead(id: $id) {\n      id\n      unread\n    }\n  }\n": types.MarkAppealReadDocument,
    "\n  subscription AppealUpdated($sinceEventId: ID) {\n    appealUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      appeal {\n        ...AppealCard\n      }\n    }\n  }\n": types.AppealUpdatedDocument,
    "\n  fragment PersonalCaseRow on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    jobCenter {\n      id\n      name\n    }\n  }\n": types.PersonalCaseRowFragmentDoc,
    "\n  query MyPersonalCases {\n    myPersonalCases {\n      ...PersonalCaseRow\n    }\n  }\n": types.MyPersonalCasesDocument,
    "\n  subscription MyPersonalCasesUpdated($sinceEventId: ID) {\n    myPersonalCasesUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      personalCase {\n        ...PersonalCaseRow\n      }\n    }\n  }\n": types.MyPersonalCasesUpdatedDocument,
    "\n  fragment FavoriteVacancyRow on FavoriteVacancy {\n    id\n    addedAt\n    vacancy {\n      id\n      title\n      employerName\n      salaryFrom\n      salaryTo\n      city\n      status\n      isFavorite\n    }\n  }\n": types.FavoriteVacancyRowFragmentDoc,
    "\n  query MyFavoriteVacancies {\n    myFavoriteVacancies(page: { limit: 200 }) {\n      ...FavoriteVacancyRow\n    }\n  }\n": types.MyFavoriteVacanciesDocument,
    "\n  mutation AddFavoriteVacancy($vacancyId: ID!) {\n    addFavoriteVacancy(vacancyId: $vacancyId) {\n      id\n      vacancy {\n        id\n        isFavorite\n      }\n    }\n  }\n": types.AddFavoriteVacancyDocument,
    "\n  mutation RemoveFavoriteVacancy($vacancyId: ID!) {\n    removeFavoriteVacancy(vacancyId: $vacancyId)\n  }\n": types.RemoveFavoriteVacancyDocument,
    "\n  query MatchingResumes {\n    myResumes(page: { limit: 100 }) {\n      id\n      status\n      desiredPosition\n      keySkills\n      city\n      desiredSalary\n    }\n  }\n": types.MatchingResumesDocument,
    "\n  query VacancyMatches($criteria: VacancyMatchCriteria!) {\n    vacancyMatches(criteria: $criteria, page: { limit: 20 }) {\n      score\n      reasons\n      vacancy {\n        id\n        title\n        employerName\n        salaryFrom\n        salaryTo\n        city\n        isFavorite\n      }\n    }\n  }\n": types.VacancyMatchesDocument,
    "\n  fragment ResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    desiredSalary\n    city\n    rejectionReason\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n": types.ResumeRowFragmentDoc,
    "\n  fragment ResumeCard on Resume {\n    ...ResumeRow\n    fieldOfActivity\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    fullName\n    birthDate\n    phone\n    email\n    address\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n    }\n  }\n": types.ResumeCardFragmentDoc,
    "\n  query MyResumes {\n    myResumes(page: { limit: 100 }) {\n      ...ResumeRow\n    }\n  }\n": types.MyResumesDocument,
    "\n  query Resume($id: ID!) {\n    resume(id: $id) {\n      ...ResumeCard\n    }\n  }\n": types.ResumeDocument,
    "\n  query ResumeFormData {\n    me {\n      id\n      fullName\n      phone\n      email\n      birthDate\n      registrationAddress\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n    }\n  }\n": types.ResumeFormDataDocument,
    "\n  mutation CreateResume($input: CreateResumeInput!) {\n    createResume(input: $input) {\n      ...ResumeCard\n    }\n  }\n": types.CreateResumeDocument,
    "\n  mutation UpdateResume($id: ID!, $input: ResumeInput!) {\n    updateResume(id: $id, input: $input) {\n      ...ResumeCard\n    }\n  }\n": types.UpdateResumeDocument,
    "\n  subscription ResumeUpdated($sinceEventId: ID) {\n    resumeUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...ResumeCard\n      }\n    }\n  }\n": types.ResumeUpdatedDocument,
    "\n  mutation WithdrawResume($id: ID!) {\n    withdrawResume(id: $id) {\n      ...ResumeCard\n    }\n  }\n": types.WithdrawResumeDocument,
    "\n  query CitizenServices {\n    citizenServices {\n      service\n      appealType\n      available\n      unavailableReason\n    }\n  }\n": types.CitizenServicesDocument,
    "\n  query ApplicationData {\n    me {\n      id\n      fullName\n      phone\n      email\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n      workingHours\n      coordinates {\n        latitude\n        longitude\n      }\n    }\n  }\n": types.ApplicationDataDocument,
    "\n  query ApplicationFormOf($type: AppealType!) {\n    applicationForm(type: $type) {\n      type\n      groups {\n        key\n        title\n        description\n        fields {\n          key\n          label\n          kind\n          required\n          options {\n            value\n            label\n          }\n          maxLength\n          min\n          max\n          maxItems\n          hint\n          prefill\n          inputField\n        }\n      }\n    }\n  }\n": types.ApplicationFormOfDocument,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...AppealRow\n    }\n  }\n": types.SubmitAppealDocument,
    "\n  query MySettings {\n    me {\n      id\n      fullName\n      birthDate\n      snils\n      registrationAddress\n      passport {\n        series\n        number\n        issuedBy\n        issuedOn\n      }\n      phone\n      email\n      signsInThroughEsia\n    }\n  }\n": types.MySettingsDocument,
    "\n  mutation ChangeMyEmail($email: String!, $password: String) {\n    changeMyEmail(email: $email, password: $password) {\n      id\n      email\n    }\n  }\n": types.ChangeMyEmailDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n        isFavorite\n      }\n    }\n  }\n": types.VacancySearchDocument,
    "\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      isFavorite\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n": types.VacancyCardDocument,
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
export function graphql(source: "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n      # Not in the card's fragment: the application never changes, so live events need not carry it.\n      application {\n        key\n        title\n        fields {\n          key\n          label\n          display\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...AppealCard\n      jobCenter {\n        id\n        address\n        phone\n      }\n      # Not in the card's fragment: the application never changes, so live events need not carry it.\n      application {\n        key\n        title\n        fields {\n          key\n          label\n          display\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment PersonalCaseRow on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    jobCenter {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonalCaseRow on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    jobCenter {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalCases {\n    myPersonalCases {\n      ...PersonalCaseRow\n    }\n  }\n"): (typeof documents)["\n  query MyPersonalCases {\n    myPersonalCases {\n      ...PersonalCaseRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyPersonalCasesUpdated($sinceEventId: ID) {\n    myPersonalCasesUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      personalCase {\n        ...PersonalCaseRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyPersonalCasesUpdated($sinceEventId: ID) {\n    myPersonalCasesUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      personalCase {\n        ...PersonalCaseRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FavoriteVacancyRow on FavoriteVacancy {\n    id\n    addedAt\n    vacancy {\n      id\n      title\n      employerName\n      salaryFrom\n      salaryTo\n      city\n      status\n      isFavorite\n    }\n  }\n"): (typeof documents)["\n  fragment FavoriteVacancyRow on FavoriteVacancy {\n    id\n    addedAt\n    vacancy {\n      id\n      title\n      employerName\n      salaryFrom\n      salaryTo\n      city\n      status\n      isFavorite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFavoriteVacancies {\n    myFavoriteVacancies(page: { limit: 200 }) {\n      ...FavoriteVacancyRow\n    }\n  }\n"): (typeof documents)["\n  query MyFavoriteVacancies {\n    myFavoriteVacancies(page: { limit: 200 }) {\n      ...FavoriteVacancyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFavoriteVacancy($vacancyId: ID!) {\n    addFavoriteVacancy(vacancyId: $vacancyId) {\n      id\n      vacancy {\n        id\n        isFavorite\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddFavoriteVacancy($vacancyId: ID!) {\n    addFavoriteVacancy(vacancyId: $vacancyId) {\n      id\n      vacancy {\n        id\n        isFavorite\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFavoriteVacancy($vacancyId: ID!) {\n    removeFavoriteVacancy(vacancyId: $vacancyId)\n  }\n"): (typeof documents)["\n  mutation RemoveFavoriteVacancy($vacancyId: ID!) {\n    removeFavoriteVacancy(vacancyId: $vacancyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingResumes {\n    myResumes(page: { limit: 100 }) {\n      id\n      status\n      desiredPosition\n      keySkills\n      city\n      desiredSalary\n    }\n  }\n"): (typeof documents)["\n  query MatchingResumes {\n    myResumes(page: { limit: 100 }) {\n      id\n      status\n      desiredPosition\n      keySkills\n      city\n      desiredSalary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyMatches($criteria: VacancyMatchCriteria!) {\n    vacancyMatches(criteria: $criteria, page: { limit: 20 }) {\n      score\n      reasons\n      vacancy {\n        id\n        title\n        employerName\n        salaryFrom\n        salaryTo\n        city\n        isFavorite\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyMatches($criteria: VacancyMatchCriteria!) {\n    vacancyMatches(criteria: $criteria, page: { limit: 20 }) {\n      score\n      reasons\n      vacancy {\n        id\n        title\n        employerName\n        salaryFrom\n        salaryTo\n        city\n        isFavorite\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    desiredSalary\n    city\n    rejectionReason\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    desiredSalary\n    city\n    rejectionReason\n    createdAt\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResumeCard on Resume {\n    ...ResumeRow\n    fieldOfActivity\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    fullName\n    birthDate\n    phone\n    email\n    address\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ResumeCard on Resume {\n    ...ResumeRow\n    fieldOfActivity\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    fullName\n    birthDate\n    phone\n    email\n    address\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResumes {\n    myResumes(page: { limit: 100 }) {\n      ...ResumeRow\n    }\n  }\n"): (typeof documents)["\n  query MyResumes {\n    myResumes(page: { limit: 100 }) {\n      ...ResumeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resume($id: ID!) {\n    resume(id: $id) {\n      ...ResumeCard\n    }\n  }\n"): (typeof documents)["\n  query Resume($id: ID!) {\n    resume(id: $id) {\n      ...ResumeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResumeFormData {\n    me {\n      id\n      fullName\n      phone\n      email\n      birthDate\n      registrationAddress\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n    }\n  }\n"): (typeof documents)["\n  query ResumeFormData {\n    me {\n      id\n      fullName\n      phone\n      email\n      birthDate\n      registrationAddress\n    }\n    jobCenters {\n      id\n      name\n      city\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResume($input: CreateResumeInput!) {\n    createResume(input: $input) {\n      ...ResumeCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResume($input: CreateResumeInput!) {\n    createResume(input: $input) {\n      ...ResumeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResume($id: ID!, $input: ResumeInput!) {\n    updateResume(id: $id, input: $input) {\n      ...ResumeCard\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResume($id: ID!, $input: ResumeInput!) {\n    updateResume(id: $id, input: $input) {\n      ...ResumeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeUpdated($sinceEventId: ID) {\n    resumeUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...ResumeCard\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ResumeUpdated($sinceEventId: ID) {\n    resumeUpdated(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...ResumeCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResume($id: ID!) {\n    withdrawResume(id: $id) {\n      ...ResumeCard\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawResume($id: ID!) {\n    withdrawResume(id: $id) {\n      ...ResumeCard\n    }\n  }\n"];
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
export function graphql(source: "\n  query ApplicationFormOf($type: AppealType!) {\n    applicationForm(type: $type) {\n      type\n      groups {\n        key\n        title\n        description\n        fields {\n          key\n          label\n          kind\n          required\n          options {\n            value\n            label\n          }\n          maxLength\n          min\n          max\n          maxItems\n          hint\n          prefill\n          inputField\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationFormOf($type: AppealType!) {\n    applicationForm(type: $type) {\n      type\n      groups {\n        key\n        title\n        description\n        fields {\n          key\n          label\n          kind\n          required\n          options {\n            value\n            label\n          }\n          maxLength\n          min\n          max\n          maxItems\n          hint\n          prefill\n          inputField\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n        isFavorite\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancySearch($filter: VacancySearchInput, $sort: VacancySort, $page: PageInput) {\n    vacancySearch(filter: $filter, sort: $sort, page: $page) {\n      total\n      totalExceedsLimit\n      bySimilarSpelling\n      items {\n        id\n        title\n        salaryFrom\n        salaryTo\n        employerName\n        city\n        region\n        schedule\n        employmentType\n        createdAt\n        isFavorite\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      isFavorite\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyCard($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      salaryFrom\n      salaryTo\n      employerName\n      city\n      region\n      schedule\n      employmentType\n      duties\n      requirements\n      description\n      createdAt\n      isFavorite\n      jobCenter {\n        id\n        name\n        address\n        phone\n      }\n    }\n  }\n"];
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