import { entityReference } from '@czn/kernel';

export const UserRef = entityReference('User');
export type UserRef = InstanceType<typeof UserRef>;

export const PartnerAgencyRef = entityReference('PartnerAgency');
export type PartnerAgencyRef = InstanceType<typeof PartnerAgencyRef>;

export const JobCenterRef = entityReference('JobCenter');
export type JobCenterRef = InstanceType<typeof JobCenterRef>;
