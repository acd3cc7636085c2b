/** Routing's demo data is one referral; the life-situation catalogue is reference data in the migrations. */
export { seedPartnerReferrals as seed } from './partner-referrals';
