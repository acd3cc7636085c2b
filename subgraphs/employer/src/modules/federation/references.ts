import { entityReference } from '@czn/kernel';

export const JobCenterRef = entityReference('JobCenter');
export type JobCenterRef = InstanceType<typeof JobCenterRef>;
