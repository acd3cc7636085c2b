import type { SignedInViewer } from '@czn/kernel';
import { unavailabilityReason } from '../appeal/appeal-availability';
import { AppealType } from '../appeal/appeal.enums';
import { CitizenService } from './citizen-service.enums';
import type { CitizenServiceAvailability } from './citizen-service.types';

export const NOT_CONNECTED =
  'Услуга пока не подключена на портале: обратитесь в центр занятости лично или по телефону.';

/** The appeal type one applies for each service with; null for services without an application. */
const APPEAL_TYPE_OF: Record<CitizenService, AppealType | null> = {
  JOB_SEARCH_ASSISTANCE: AppealType.JOB_SEARCH_ASSISTANCE,
  LABOR_MARKET_INFO: AppealType.LABOR_MARKET_INFO,
  CAREER_GUIDANCE: AppealType.CAREER_GUIDANCE,
  PUBLIC_WORKS: AppealType.PUBLIC_WORKS,
  TEMPORARY_EMPLOYMENT: AppealType.TEMPORARY_EMPLOYMENT,
  VOCATIONAL_TRAINING: AppealType.VOCATIONAL_TRAINING,
  SELF_EMPLOYMENT_SUPPORT: AppealType.SELF_EMPLOYMENT_SUPPORT,
  APPOINTMENT: null,
  RESUME: null,
  SOCIAL_PAYMENTS_INFO: null,
  INTERACTIONS: null,
  NOTIFICATIONS: null,
  SERVICE_RATING: null,
};

/**
 * Every citizen service in DOMAIN.md's order with whether the citizen can use it now. Services applied
 * for with an appeal follow appeal-availability.ts. The rest (booking, resumes, payments, interactions,
 * notifications, rating) are not on the portal yet, so each is unavailable with the same reason, whatever
 * its own rule in seed 001 will say once its module arrives.
 */
export function citizenServicesFor(_citizen: SignedInViewer): CitizenServiceAvailability[] {
  return Object.values(CitizenService).map((service) => {
    const appealType = APPEAL_TYPE_OF[service];
    const reason = appealType ? unavailabilityReason(appealType) : NOT_CONNECTED;
    return { service, appealType, available: reason === null, unavailableReason: reason };
  });
}
