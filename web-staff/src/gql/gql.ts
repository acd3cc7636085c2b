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
    "\n  query StaffJobCenter($id: ID!) {\n    jobCenter(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.StaffJobCenterDocument,
    "\n  query MyPartnerAgency {\n    me {\n      id\n      partnerAgency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyPartnerAgencyDocument,
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n": typeof types.AppealDocument,
    "\n  mutation TakeAppealIntoWork($id: ID!) {\n    takeAppealIntoWork(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n": typeof types.TakeAppealIntoWorkDocument,
    "\n  mutation CompleteAppeal($id: ID!, $result: String!, $openPersonalCase: OpenPersonalCaseOnCompletionInput) {\n    completeAppeal(id: $id, result: $result, openPersonalCase: $openPersonalCase) {\n      ...DeskAppealCard\n    }\n  }\n": typeof types.CompleteAppealDocument,
    "\n  mutation RejectAppeal($id: ID!, $reason: String!) {\n    rejectAppeal(id: $id, reason: $reason) {\n      ...DeskAppealCard\n    }\n  }\n": typeof types.RejectAppealDocument,
    "\n  fragment DeskAppealRow on Appeal {\n    id\n    number\n    type\n    status\n    createdAt\n    applicant {\n      id\n      fullName\n    }\n  }\n": typeof types.DeskAppealRowFragmentDoc,
    "\n  fragment DeskAppealProgress on Appeal {\n    ...DeskAppealRow\n    comment\n    result\n    rejectionReason\n    updatedAt\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.DeskAppealProgressFragmentDoc,
    "\n  fragment DeskAppealCard on Appeal {\n    ...DeskAppealProgress\n    contactPhone\n    contactEmail\n    application {\n      key\n      title\n      fields {\n        key\n        label\n        display\n      }\n    }\n    applicant {\n      id\n      fullName\n      phone\n      email\n    }\n  }\n": typeof types.DeskAppealCardFragmentDoc,
    "\n  query JobCenterAppeals($status: AppealStatus, $type: AppealType, $page: PageInput!) {\n    jobCenterAppeals(status: $status, type: $type, page: $page) {\n      ...DeskAppealRow\n    }\n  }\n": typeof types.JobCenterAppealsDocument,
    "\n  subscription JobCenterAppealsFeed($sinceEventId: ID) {\n    jobCenterAppealsFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      appeal {\n        ...DeskAppealProgress\n      }\n    }\n  }\n": typeof types.JobCenterAppealsFeedDocument,
    "\n  fragment StaffPersonalCase on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    updatedAt\n    citizen {\n      id\n      fullName\n      birthDate\n    }\n    history {\n      id\n      kind\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.StaffPersonalCaseFragmentDoc,
    "\n  query FindCitizens($snils: String, $fullName: String) {\n    findCitizens(snils: $snils, fullName: $fullName) {\n      id\n      fullName\n      birthDate\n      snils\n    }\n  }\n": typeof types.FindCitizensDocument,
    "\n  query CitizenPersonalCases($citizenId: ID!) {\n    citizenPersonalCases(citizenId: $citizenId) {\n      here {\n        ...StaffPersonalCase\n      }\n      elsewhere {\n        jobCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CitizenPersonalCasesDocument,
    "\n  query JobCenterPersonalCases($status: PersonalCaseStatus, $page: PageInput) {\n    jobCenterPersonalCases(status: $status, page: $page) {\n      ...StaffPersonalCase\n    }\n  }\n": typeof types.JobCenterPersonalCasesDocument,
    "\n  query StaffPersonalCaseCard($id: ID!) {\n    personalCase(id: $id) {\n      ...StaffPersonalCase\n    }\n  }\n": typeof types.StaffPersonalCaseCardDocument,
    "\n  mutation OpenPersonalCase($input: OpenPersonalCaseInput!) {\n    openPersonalCase(input: $input) {\n      ...StaffPersonalCase\n    }\n  }\n": typeof types.OpenPersonalCaseDocument,
    "\n  mutation ChangePersonalCaseStatus($id: ID!, $status: PersonalCaseStatus!, $reason: String!) {\n    changePersonalCaseStatus(id: $id, status: $status, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n": typeof types.ChangePersonalCaseStatusDocument,
    "\n  mutation SetPersonalAccount($id: ID!, $number: String!) {\n    setPersonalAccount(id: $id, number: $number) {\n      ...StaffPersonalCase\n    }\n  }\n": typeof types.SetPersonalAccountDocument,
    "\n  mutation ClosePersonalCase($id: ID!, $reason: String!) {\n    closePersonalCase(id: $id, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n": typeof types.ClosePersonalCaseDocument,
    "\n  subscription JobCenterPersonalCasesFeed($sinceEventId: ID) {\n    jobCenterPersonalCasesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      personalCase {\n        ...StaffPersonalCase\n      }\n    }\n  }\n": typeof types.JobCenterPersonalCasesFeedDocument,
    "\n  query Organizations($search: String) {\n    organizations(search: $search) {\n      id\n      name\n      shortName\n      inn\n      kpp\n      ogrn\n      createdAt\n      representatives {\n        id\n        fullName\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      expiresAt\n      emailSent\n      organization {\n        id\n        shortName\n      }\n      representative {\n        id\n        email\n      }\n    }\n  }\n": typeof types.RegisterOrganizationDocument,
    "\n  mutation ResendActivation($userId: ID!) {\n    resendActivation(userId: $userId) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.ResendActivationDocument,
    "\n  mutation AddOrganizationRepresentative($organizationId: ID!, $input: NewRepresentativeInput!) {\n    addOrganizationRepresentative(organizationId: $organizationId, input: $input) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.AddOrganizationRepresentativeDocument,
    "\n  fragment PartnerAgencyUser on User {\n    id\n    fullName\n    login\n    email\n    active\n  }\n": typeof types.PartnerAgencyUserFragmentDoc,
    "\n  query PartnerAgencies {\n    partnerAgencies {\n      id\n      name\n      kind\n      apiKeys {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      users {\n        ...PartnerAgencyUser\n      }\n    }\n  }\n": typeof types.PartnerAgenciesDocument,
    "\n  mutation CreatePartnerApiKey($agencyId: ID!, $label: String!) {\n    createPartnerApiKey(agencyId: $agencyId, label: $label) {\n      apiKey {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      key\n    }\n  }\n": typeof types.CreatePartnerApiKeyDocument,
    "\n  mutation RevokePartnerApiKey($id: ID!) {\n    revokePartnerApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokePartnerApiKeyDocument,
    "\n  mutation CreatePartnerUser($input: CreatePartnerUserInput!) {\n    createPartnerUser(input: $input) {\n      ...PartnerAgencyUser\n    }\n  }\n": typeof types.CreatePartnerUserDocument,
    "\n  mutation DeactivatePartnerUser($id: ID!) {\n    deactivatePartnerUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivatePartnerUserDocument,
    "\n  fragment PartnerReferralRow on PartnerReferral {\n    id\n    personFullName\n    purpose\n    status\n    outcome\n    createdAt\n  }\n": typeof types.PartnerReferralRowFragmentDoc,
    "\n  fragment PartnerReferralCard on PartnerReferral {\n    ...PartnerReferralRow\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n    lifeSituation {\n      id\n      name\n    }\n  }\n": typeof types.PartnerReferralCardFragmentDoc,
    "\n  query PartnerReferrals($status: PartnerReferralStatus, $page: PageInput!) {\n    partnerReferrals(status: $status, page: $page) {\n      ...PartnerReferralRow\n    }\n  }\n": typeof types.PartnerReferralsDocument,
    "\n  query PartnerReferral($id: ID!) {\n    partnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n": typeof types.PartnerReferralDocument,
    "\n  mutation AcceptPartnerReferral($id: ID!) {\n    acceptPartnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n": typeof types.AcceptPartnerReferralDocument,
    "\n  mutation RecordPartnerReferralOutcome($id: ID!, $status: PartnerReferralOutcomeStatus!, $outcome: String!) {\n    recordPartnerReferralOutcome(id: $id, status: $status, outcome: $outcome) {\n      ...PartnerReferralCard\n    }\n  }\n": typeof types.RecordPartnerReferralOutcomeDocument,
    "\n  query PersonalDataAudit($subject: PersonalDataSubjectInput!, $page: PageInput!) {\n    personalDataAudit(subject: $subject, page: $page) {\n      person {\n        id\n        fullName\n      }\n      total\n      entries {\n        id\n        occurredAt\n        action\n        kinds\n        actorId\n        actorRoles\n        actor {\n          fullName\n        }\n        service\n        operation\n        graphqlOperation\n        clientAddress\n      }\n    }\n  }\n": typeof types.PersonalDataAuditDocument,
    "\n  query PersonalDataAuditCsv($subject: PersonalDataSubjectInput!) {\n    personalDataAuditCsv(subject: $subject)\n  }\n": typeof types.PersonalDataAuditCsvDocument,
    "\n  mutation RequestPersonalDataAccess($subject: PersonalDataSubjectInput!, $reason: String!) {\n    requestPersonalDataAccess(subject: $subject, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.RequestPersonalDataAccessDocument,
    "\n  fragment StaffResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    fullName\n    city\n    submittedAt\n    updatedAt\n  }\n": typeof types.StaffResumeRowFragmentDoc,
    "\n  fragment StaffResumeCard on Resume {\n    ...StaffResumeRow\n    fieldOfActivity\n    desiredSalary\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    birthDate\n    phone\n    email\n    address\n    rejectionReason\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.StaffResumeCardFragmentDoc,
    "\n  query JobCenterResumes($status: ResumeStatus) {\n    jobCenterResumes(status: $status, page: { limit: 200 }) {\n      ...StaffResumeRow\n    }\n  }\n": typeof types.JobCenterResumesDocument,
    "\n  query StaffResume($id: ID!) {\n    resume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n": typeof types.StaffResumeDocument,
    "\n  mutation AcceptResume($id: ID!) {\n    acceptResume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n": typeof types.AcceptResumeDocument,
    "\n  mutation RejectResume($id: ID!, $reason: String!) {\n    rejectResume(id: $id, reason: $reason) {\n      ...StaffResumeCard\n    }\n  }\n": typeof types.RejectResumeDocument,
    "\n  subscription JobCenterResumesFeed($sinceEventId: ID) {\n    jobCenterResumesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...StaffResumeCard\n      }\n    }\n  }\n": typeof types.JobCenterResumesFeedDocument,
    "\n  query StaffMembers {\n    staffMembers {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n": typeof types.CreateStaffMemberDocument,
    "\n  mutation UpdateStaffRoles($userId: ID!, $roles: [Role!]!) {\n    updateStaffRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.UpdateStaffRolesDocument,
    "\n  mutation DeactivateStaffMember($userId: ID!) {\n    deactivateStaffMember(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateStaffMemberDocument,
};
const documents: Documents = {
    "\n  query StaffJobCenter($id: ID!) {\n    jobCenter(id: $id) {\n      id\n      name\n    }\n  }\n": types.StaffJobCenterDocument,
    "\n  query MyPartnerAgency {\n    me {\n      id\n      partnerAgency {\n        id\n        name\n      }\n    }\n  }\n": types.MyPartnerAgencyDocument,
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n": types.AppealDocument,
    "\n  mutation TakeAppealIntoWork($id: ID!) {\n    takeAppealIntoWork(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n": types.TakeAppealIntoWorkDocument,
    "\n  mutation CompleteAppeal($id: ID!, $result: String!, $openPersonalCase: OpenPersonalCaseOnCompletionInput) {\n    completeAppeal(id: $id, result: $result, openPersonalCase: $openPersonalCase) {\n      ...DeskAppealCard\n    }\n  }\n": types.CompleteAppealDocument,
    "\n  mutation RejectAppeal($id: ID!, $reason: String!) {\n    rejectAppeal(id: $id, reason: $reason) {\n      ...DeskAppealCard\n    }\n  }\n": types.RejectAppealDocument,
    "\n  fragment DeskAppealRow on Appeal {\n    id\n    number\n    type\n    status\n    createdAt\n    applicant {\n      id\n      fullName\n    }\n  }\n": types.DeskAppealRowFragmentDoc,
    "\n  fragment DeskAppealProgress on Appeal {\n    ...DeskAppealRow\n    comment\n    result\n    rejectionReason\n    updatedAt\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n": types.DeskAppealProgressFragmentDoc,
    "\n  fragment DeskAppealCard on Appeal {\n    ...DeskAppealProgress\n    contactPhone\n    contactEmail\n    application {\n      key\n      title\n      fields {\n        key\n        label\n        display\n      }\n    }\n    applicant {\n      id\n      fullName\n      phone\n      email\n    }\n  }\n": types.DeskAppealCardFragmentDoc,
    "\n  query JobCenterAppeals($status: AppealStatus, $type: AppealType, $page: PageInput!) {\n    jobCenterAppeals(status: $status, type: $type, page: $page) {\n      ...DeskAppealRow\n    }\n  }\n": types.JobCenterAppealsDocument,
    "\n  subscription JobCenterAppealsFeed($sinceEventId: ID) {\n    jobCenterAppealsFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      appeal {\n        ...DeskAppealProgress\n      }\n    }\n  }\n": types.JobCenterAppealsFeedDocument,
    "\n  fragment StaffPersonalCase on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    updatedAt\n    citizen {\n      id\n      fullName\n      birthDate\n    }\n    history {\n      id\n      kind\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n": types.StaffPersonalCaseFragmentDoc,
    "\n  query FindCitizens($snils: String, $fullName: String) {\n    findCitizens(snils: $snils, fullName: $fullName) {\n      id\n      fullName\n      birthDate\n      snils\n    }\n  }\n": types.FindCitizensDocument,
    "\n  query CitizenPersonalCases($citizenId: ID!) {\n    citizenPersonalCases(citizenId: $citizenId) {\n      here {\n        ...StaffPersonalCase\n      }\n      elsewhere {\n        jobCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CitizenPersonalCasesDocument,
    "\n  query JobCenterPersonalCases($status: PersonalCaseStatus, $page: PageInput) {\n    jobCenterPersonalCases(status: $status, page: $page) {\n      ...StaffPersonalCase\n    }\n  }\n": types.JobCenterPersonalCasesDocument,
    "\n  query StaffPersonalCaseCard($id: ID!) {\n    personalCase(id: $id) {\n      ...StaffPersonalCase\n    }\n  }\n": types.StaffPersonalCaseCardDocument,
    "\n  mutation OpenPersonalCase($input: OpenPersonalCaseInput!) {\n    openPersonalCase(input: $input) {\n      ...StaffPersonalCase\n    }\n  }\n": types.OpenPersonalCaseDocument,
    "\n  mutation ChangePersonalCaseStatus($id: ID!, $status: PersonalCaseStatus!, $reason: String!) {\n    changePersonalCaseStatus(id: $id, status: $status, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n": types.ChangePersonalCaseStatusDocument,
    "\n  mutation SetPersonalAccount($id: ID!, $number: String!) {\n    setPersonalAccount(id: $id, number: $number) {\n      ...StaffPersonalCase\n    }\n  }\n": types.SetPersonalAccountDocument,
    "\n  mutation ClosePersonalCase($id: ID!, $reason: String!) {\n    closePersonalCase(id: $id, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n": types.ClosePersonalCaseDocument,
    "\n  subscription JobCenterPersonalCasesFeed($sinceEventId: ID) {\n    jobCenterPersonalCasesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      personalCase {\n        ...StaffPersonalCase\n      }\n    }\n  }\n": types.JobCenterPersonalCasesFeedDocument,
    "\n  query Organizations($search: String) {\n    organizations(search: $search) {\n      id\n      name\n      shortName\n      inn\n      kpp\n      ogrn\n      createdAt\n      representatives {\n        id\n        fullName\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      expiresAt\n      emailSent\n      organization {\n        id\n        shortName\n      }\n      representative {\n        id\n        email\n      }\n    }\n  }\n": types.RegisterOrganizationDocument,
    "\n  mutation ResendActivation($userId: ID!) {\n    resendActivation(userId: $userId) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.ResendActivationDocument,
    "\n  mutation AddOrganizationRepresentative($organizationId: ID!, $input: NewRepresentativeInput!) {\n    addOrganizationRepresentative(organizationId: $organizationId, input: $input) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.AddOrganizationRepresentativeDocument,
    "\n  fragment PartnerAgencyUser on User {\n    id\n    fullName\n    login\n    email\n    active\n  }\n": types.PartnerAgencyUserFragmentDoc,
    "\n  query PartnerAgencies {\n    partnerAgencies {\n      id\n      name\n      kind\n      apiKeys {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      users {\n        ...PartnerAgencyUser\n      }\n    }\n  }\n": types.PartnerAgenciesDocument,
    "\n  mutation CreatePartnerApiKey($agencyId: ID!, $label: String!) {\n    createPartnerApiKey(agencyId: $agencyId, label: $label) {\n      apiKey {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      key\n    }\n  }\n": types.CreatePartnerApiKeyDocument,
    "\n  mutation RevokePartnerApiKey($id: ID!) {\n    revokePartnerApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokePartnerApiKeyDocument,
    "\n  mutation CreatePartnerUser($input: CreatePartnerUserInput!) {\n    createPartnerUser(input: $input) {\n      ...PartnerAgencyUser\n    }\n  }\n": types.CreatePartnerUserDocument,
    "\n  mutation DeactivatePartnerUser($id: ID!) {\n    deactivatePartnerUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivatePartnerUserDocument,
    "\n  fragment PartnerReferralRow on PartnerReferral {\n    id\n    personFullName\n    purpose\n    status\n    outcome\n    createdAt\n  }\n": types.PartnerReferralRowFragmentDoc,
    "\n  fragment PartnerReferralCard on PartnerReferral {\n    ...PartnerReferralRow\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n    lifeSituation {\n      id\n      name\n    }\n  }\n": types.PartnerReferralCardFragmentDoc,
    "\n  query PartnerReferrals($status: PartnerReferralStatus, $page: PageInput!) {\n    partnerReferrals(status: $status, page: $page) {\n      ...PartnerReferralRow\n    }\n  }\n": types.PartnerReferralsDocument,
    "\n  query PartnerReferral($id: ID!) {\n    partnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n": types.PartnerReferralDocument,
    "\n  mutation AcceptPartnerReferral($id: ID!) {\n    acceptPartnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n": types.AcceptPartnerReferralDocument,
    "\n  mutation RecordPartnerReferralOutcome($id: ID!, $status: PartnerReferralOutcomeStatus!, $outcome: String!) {\n    recordPartnerReferralOutcome(id: $id, status: $status, outcome: $outcome) {\n      ...PartnerReferralCard\n    }\n  }\n": types.RecordPartnerReferralOutcomeDocument,
    "\n  query PersonalDataAudit($subject: PersonalDataSubjectInput!, $page: PageInput!) {\n    personalDataAudit(subject: $subject, page: $page) {\n      person {\n        id\n        fullName\n      }\n      total\n      entries {\n        id\n        occurredAt\n        action\n        kinds\n        actorId\n        actorRoles\n        actor {\n          fullName\n        }\n        service\n        operation\n        graphqlOperation\n        clientAddress\n      }\n    }\n  }\n": types.PersonalDataAuditDocument,
    "\n  query PersonalDataAuditCsv($subject: PersonalDataSubjectInput!) {\n    personalDataAuditCsv(subject: $subject)\n  }\n": types.PersonalDataAuditCsvDocument,
    "\n  mutation RequestPersonalDataAccess($subject: PersonalDataSubjectInput!, $reason: String!) {\n    requestPersonalDataAccess(subject: $subject, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n": types.RequestPersonalDataAccessDocument,
    "\n  fragment StaffResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    fullName\n    city\n    submittedAt\n    updatedAt\n  }\n": types.StaffResumeRowFragmentDoc,
    "\n  fragment StaffResumeCard on Resume {\n    ...StaffResumeRow\n    fieldOfActivity\n    desiredSalary\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    birthDate\n    phone\n    email\n    address\n    rejectionReason\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n": types.StaffResumeCardFragmentDoc,
    "\n  query JobCenterResumes($status: ResumeStatus) {\n    jobCenterResumes(status: $status, page: { limit: 200 }) {\n      ...StaffResumeRow\n    }\n  }\n": types.JobCenterResumesDocument,
    "\n  query StaffResume($id: ID!) {\n    resume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n": types.StaffResumeDocument,
    "\n  mutation AcceptResume($id: ID!) {\n    acceptResume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n": types.AcceptResumeDocument,
    "\n  mutation RejectResume($id: ID!, $reason: String!) {\n    rejectResume(id: $id, reason: $reason) {\n      ...StaffResumeCard\n    }\n  }\n": types.RejectResumeDocument,
    "\n  subscription JobCenterResumesFeed($sinceEventId: ID) {\n    jobCenterResumesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...StaffResumeCard\n      }\n    }\n  }\n": types.JobCenterResumesFeedDocument,
    "\n  query StaffMembers {\n    staffMembers {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n": types.StaffMembersDocument,
    "\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n": types.CreateStaffMemberDocument,
    "\n  mutation UpdateStaffRoles($userId: ID!, $roles: [Role!]!) {\n    updateStaffRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.UpdateStaffRolesDocument,
    "\n  mutation DeactivateStaffMember($userId: ID!) {\n    deactivateStaffMember(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n": types.DeactivateStaffMemberDocument,
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
export function graphql(source: "\n  query StaffJobCenter($id: ID!) {\n    jobCenter(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StaffJobCenter($id: ID!) {\n    jobCenter(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPartnerAgency {\n    me {\n      id\n      partnerAgency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPartnerAgency {\n    me {\n      id\n      partnerAgency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n"): (typeof documents)["\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeAppealIntoWork($id: ID!) {\n    takeAppealIntoWork(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n"): (typeof documents)["\n  mutation TakeAppealIntoWork($id: ID!) {\n    takeAppealIntoWork(id: $id) {\n      ...DeskAppealCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAppeal($id: ID!, $result: String!, $openPersonalCase: OpenPersonalCaseOnCompletionInput) {\n    completeAppeal(id: $id, result: $result, openPersonalCase: $openPersonalCase) {\n      ...DeskAppealCard\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAppeal($id: ID!, $result: String!, $openPersonalCase: OpenPersonalCaseOnCompletionInput) {\n    completeAppeal(id: $id, result: $result, openPersonalCase: $openPersonalCase) {\n      ...DeskAppealCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAppeal($id: ID!, $reason: String!) {\n    rejectAppeal(id: $id, reason: $reason) {\n      ...DeskAppealCard\n    }\n  }\n"): (typeof documents)["\n  mutation RejectAppeal($id: ID!, $reason: String!) {\n    rejectAppeal(id: $id, reason: $reason) {\n      ...DeskAppealCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskAppealRow on Appeal {\n    id\n    number\n    type\n    status\n    createdAt\n    applicant {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment DeskAppealRow on Appeal {\n    id\n    number\n    type\n    status\n    createdAt\n    applicant {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskAppealProgress on Appeal {\n    ...DeskAppealRow\n    comment\n    result\n    rejectionReason\n    updatedAt\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeskAppealProgress on Appeal {\n    ...DeskAppealRow\n    comment\n    result\n    rejectionReason\n    updatedAt\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      comment\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskAppealCard on Appeal {\n    ...DeskAppealProgress\n    contactPhone\n    contactEmail\n    application {\n      key\n      title\n      fields {\n        key\n        label\n        display\n      }\n    }\n    applicant {\n      id\n      fullName\n      phone\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment DeskAppealCard on Appeal {\n    ...DeskAppealProgress\n    contactPhone\n    contactEmail\n    application {\n      key\n      title\n      fields {\n        key\n        label\n        display\n      }\n    }\n    applicant {\n      id\n      fullName\n      phone\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobCenterAppeals($status: AppealStatus, $type: AppealType, $page: PageInput!) {\n    jobCenterAppeals(status: $status, type: $type, page: $page) {\n      ...DeskAppealRow\n    }\n  }\n"): (typeof documents)["\n  query JobCenterAppeals($status: AppealStatus, $type: AppealType, $page: PageInput!) {\n    jobCenterAppeals(status: $status, type: $type, page: $page) {\n      ...DeskAppealRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobCenterAppealsFeed($sinceEventId: ID) {\n    jobCenterAppealsFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      appeal {\n        ...DeskAppealProgress\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription JobCenterAppealsFeed($sinceEventId: ID) {\n    jobCenterAppealsFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      appeal {\n        ...DeskAppealProgress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffPersonalCase on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    updatedAt\n    citizen {\n      id\n      fullName\n      birthDate\n    }\n    history {\n      id\n      kind\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffPersonalCase on PersonalCase {\n    id\n    status\n    purpose\n    openedOn\n    closedOn\n    closeReason\n    personalAccountNumber\n    updatedAt\n    citizen {\n      id\n      fullName\n      birthDate\n    }\n    history {\n      id\n      kind\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCitizens($snils: String, $fullName: String) {\n    findCitizens(snils: $snils, fullName: $fullName) {\n      id\n      fullName\n      birthDate\n      snils\n    }\n  }\n"): (typeof documents)["\n  query FindCitizens($snils: String, $fullName: String) {\n    findCitizens(snils: $snils, fullName: $fullName) {\n      id\n      fullName\n      birthDate\n      snils\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenPersonalCases($citizenId: ID!) {\n    citizenPersonalCases(citizenId: $citizenId) {\n      here {\n        ...StaffPersonalCase\n      }\n      elsewhere {\n        jobCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitizenPersonalCases($citizenId: ID!) {\n    citizenPersonalCases(citizenId: $citizenId) {\n      here {\n        ...StaffPersonalCase\n      }\n      elsewhere {\n        jobCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobCenterPersonalCases($status: PersonalCaseStatus, $page: PageInput) {\n    jobCenterPersonalCases(status: $status, page: $page) {\n      ...StaffPersonalCase\n    }\n  }\n"): (typeof documents)["\n  query JobCenterPersonalCases($status: PersonalCaseStatus, $page: PageInput) {\n    jobCenterPersonalCases(status: $status, page: $page) {\n      ...StaffPersonalCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPersonalCaseCard($id: ID!) {\n    personalCase(id: $id) {\n      ...StaffPersonalCase\n    }\n  }\n"): (typeof documents)["\n  query StaffPersonalCaseCard($id: ID!) {\n    personalCase(id: $id) {\n      ...StaffPersonalCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPersonalCase($input: OpenPersonalCaseInput!) {\n    openPersonalCase(input: $input) {\n      ...StaffPersonalCase\n    }\n  }\n"): (typeof documents)["\n  mutation OpenPersonalCase($input: OpenPersonalCaseInput!) {\n    openPersonalCase(input: $input) {\n      ...StaffPersonalCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePersonalCaseStatus($id: ID!, $status: PersonalCaseStatus!, $reason: String!) {\n    changePersonalCaseStatus(id: $id, status: $status, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePersonalCaseStatus($id: ID!, $status: PersonalCaseStatus!, $reason: String!) {\n    changePersonalCaseStatus(id: $id, status: $status, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonalAccount($id: ID!, $number: String!) {\n    setPersonalAccount(id: $id, number: $number) {\n      ...StaffPersonalCase\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonalAccount($id: ID!, $number: String!) {\n    setPersonalAccount(id: $id, number: $number) {\n      ...StaffPersonalCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePersonalCase($id: ID!, $reason: String!) {\n    closePersonalCase(id: $id, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePersonalCase($id: ID!, $reason: String!) {\n    closePersonalCase(id: $id, reason: $reason) {\n      ...StaffPersonalCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobCenterPersonalCasesFeed($sinceEventId: ID) {\n    jobCenterPersonalCasesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      personalCase {\n        ...StaffPersonalCase\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription JobCenterPersonalCasesFeed($sinceEventId: ID) {\n    jobCenterPersonalCasesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      personalCase {\n        ...StaffPersonalCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($search: String) {\n    organizations(search: $search) {\n      id\n      name\n      shortName\n      inn\n      kpp\n      ogrn\n      createdAt\n      representatives {\n        id\n        fullName\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($search: String) {\n    organizations(search: $search) {\n      id\n      name\n      shortName\n      inn\n      kpp\n      ogrn\n      createdAt\n      representatives {\n        id\n        fullName\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      expiresAt\n      emailSent\n      organization {\n        id\n        shortName\n      }\n      representative {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      expiresAt\n      emailSent\n      organization {\n        id\n        shortName\n      }\n      representative {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendActivation($userId: ID!) {\n    resendActivation(userId: $userId) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendActivation($userId: ID!) {\n    resendActivation(userId: $userId) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        email\n        activation {\n          state\n          sentAt\n          expiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganizationRepresentative($organizationId: ID!, $input: NewRepresentativeInput!) {\n    addOrganizationRepresentative(organizationId: $organizationId, input: $input) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganizationRepresentative($organizationId: ID!, $input: NewRepresentativeInput!) {\n    addOrganizationRepresentative(organizationId: $organizationId, input: $input) {\n      expiresAt\n      emailSent\n      representative {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerAgencyUser on User {\n    id\n    fullName\n    login\n    email\n    active\n  }\n"): (typeof documents)["\n  fragment PartnerAgencyUser on User {\n    id\n    fullName\n    login\n    email\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAgencies {\n    partnerAgencies {\n      id\n      name\n      kind\n      apiKeys {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      users {\n        ...PartnerAgencyUser\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerAgencies {\n    partnerAgencies {\n      id\n      name\n      kind\n      apiKeys {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      users {\n        ...PartnerAgencyUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerApiKey($agencyId: ID!, $label: String!) {\n    createPartnerApiKey(agencyId: $agencyId, label: $label) {\n      apiKey {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerApiKey($agencyId: ID!, $label: String!) {\n    createPartnerApiKey(agencyId: $agencyId, label: $label) {\n      apiKey {\n        id\n        label\n        prefix\n        createdAt\n        revokedAt\n      }\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerApiKey($id: ID!) {\n    revokePartnerApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePartnerApiKey($id: ID!) {\n    revokePartnerApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerUser($input: CreatePartnerUserInput!) {\n    createPartnerUser(input: $input) {\n      ...PartnerAgencyUser\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerUser($input: CreatePartnerUserInput!) {\n    createPartnerUser(input: $input) {\n      ...PartnerAgencyUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePartnerUser($id: ID!) {\n    deactivatePartnerUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePartnerUser($id: ID!) {\n    deactivatePartnerUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerReferralRow on PartnerReferral {\n    id\n    personFullName\n    purpose\n    status\n    outcome\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PartnerReferralRow on PartnerReferral {\n    id\n    personFullName\n    purpose\n    status\n    outcome\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerReferralCard on PartnerReferral {\n    ...PartnerReferralRow\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n    lifeSituation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerReferralCard on PartnerReferral {\n    ...PartnerReferralRow\n    updatedAt\n    jobCenter {\n      id\n      name\n    }\n    lifeSituation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerReferrals($status: PartnerReferralStatus, $page: PageInput!) {\n    partnerReferrals(status: $status, page: $page) {\n      ...PartnerReferralRow\n    }\n  }\n"): (typeof documents)["\n  query PartnerReferrals($status: PartnerReferralStatus, $page: PageInput!) {\n    partnerReferrals(status: $status, page: $page) {\n      ...PartnerReferralRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerReferral($id: ID!) {\n    partnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n"): (typeof documents)["\n  query PartnerReferral($id: ID!) {\n    partnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPartnerReferral($id: ID!) {\n    acceptPartnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPartnerReferral($id: ID!) {\n    acceptPartnerReferral(id: $id) {\n      ...PartnerReferralCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPartnerReferralOutcome($id: ID!, $status: PartnerReferralOutcomeStatus!, $outcome: String!) {\n    recordPartnerReferralOutcome(id: $id, status: $status, outcome: $outcome) {\n      ...PartnerReferralCard\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPartnerReferralOutcome($id: ID!, $status: PartnerReferralOutcomeStatus!, $outcome: String!) {\n    recordPartnerReferralOutcome(id: $id, status: $status, outcome: $outcome) {\n      ...PartnerReferralCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataAudit($subject: PersonalDataSubjectInput!, $page: PageInput!) {\n    personalDataAudit(subject: $subject, page: $page) {\n      person {\n        id\n        fullName\n      }\n      total\n      entries {\n        id\n        occurredAt\n        action\n        kinds\n        actorId\n        actorRoles\n        actor {\n          fullName\n        }\n        service\n        operation\n        graphqlOperation\n        clientAddress\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataAudit($subject: PersonalDataSubjectInput!, $page: PageInput!) {\n    personalDataAudit(subject: $subject, page: $page) {\n      person {\n        id\n        fullName\n      }\n      total\n      entries {\n        id\n        occurredAt\n        action\n        kinds\n        actorId\n        actorRoles\n        actor {\n          fullName\n        }\n        service\n        operation\n        graphqlOperation\n        clientAddress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataAuditCsv($subject: PersonalDataSubjectInput!) {\n    personalDataAuditCsv(subject: $subject)\n  }\n"): (typeof documents)["\n  query PersonalDataAuditCsv($subject: PersonalDataSubjectInput!) {\n    personalDataAuditCsv(subject: $subject)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPersonalDataAccess($subject: PersonalDataSubjectInput!, $reason: String!) {\n    requestPersonalDataAccess(subject: $subject, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPersonalDataAccess($subject: PersonalDataSubjectInput!, $reason: String!) {\n    requestPersonalDataAccess(subject: $subject, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    fullName\n    city\n    submittedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment StaffResumeRow on Resume {\n    id\n    status\n    desiredPosition\n    fullName\n    city\n    submittedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffResumeCard on Resume {\n    ...StaffResumeRow\n    fieldOfActivity\n    desiredSalary\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    birthDate\n    phone\n    email\n    address\n    rejectionReason\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffResumeCard on Resume {\n    ...StaffResumeRow\n    fieldOfActivity\n    desiredSalary\n    educations {\n      level\n      institution\n      specialty\n      graduationYear\n    }\n    experiences {\n      organization\n      position\n      from\n      to\n      duties\n    }\n    keySkills\n    about\n    birthDate\n    phone\n    email\n    address\n    rejectionReason\n    consent {\n      publish\n      publishName\n      publishAddress\n      publishPhone\n      publishAge\n    }\n    history {\n      id\n      fromStatus\n      toStatus\n      changedAt\n      reason\n      changedBy {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobCenterResumes($status: ResumeStatus) {\n    jobCenterResumes(status: $status, page: { limit: 200 }) {\n      ...StaffResumeRow\n    }\n  }\n"): (typeof documents)["\n  query JobCenterResumes($status: ResumeStatus) {\n    jobCenterResumes(status: $status, page: { limit: 200 }) {\n      ...StaffResumeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffResume($id: ID!) {\n    resume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n"): (typeof documents)["\n  query StaffResume($id: ID!) {\n    resume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptResume($id: ID!) {\n    acceptResume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptResume($id: ID!) {\n    acceptResume(id: $id) {\n      ...StaffResumeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectResume($id: ID!, $reason: String!) {\n    rejectResume(id: $id, reason: $reason) {\n      ...StaffResumeCard\n    }\n  }\n"): (typeof documents)["\n  mutation RejectResume($id: ID!, $reason: String!) {\n    rejectResume(id: $id, reason: $reason) {\n      ...StaffResumeCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobCenterResumesFeed($sinceEventId: ID) {\n    jobCenterResumesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...StaffResumeCard\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription JobCenterResumesFeed($sinceEventId: ID) {\n    jobCenterResumesFeed(sinceEventId: $sinceEventId) {\n      eventId\n      type\n      status\n      resume {\n        ...StaffResumeCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers {\n    staffMembers {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  query StaffMembers {\n    staffMembers {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffMember($input: CreateStaffMemberInput!) {\n    createStaffMember(input: $input) {\n      id\n      login\n      fullName\n      email\n      roles\n      active\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffRoles($userId: ID!, $roles: [Role!]!) {\n    updateStaffRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffRoles($userId: ID!, $roles: [Role!]!) {\n    updateStaffRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaffMember($userId: ID!) {\n    deactivateStaffMember(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaffMember($userId: ID!) {\n    deactivateStaffMember(userId: $userId) {\n      id\n      active\n      deactivatedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;