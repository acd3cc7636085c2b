import type { EntityManager, SignedInViewer } from '@czn/kernel';
import { caseStandingOfCitizen, unavailabilityReason } from '../appeal/appeal-availability';
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

/** Services the portal does not offer yet: usable in person once seed 001's rule lets the citizen. */
const NOT_ON_PORTAL: ReadonlySet<CitizenService> = new Set([
  CitizenService.APPOINTMENT,
  CitizenService.SOCIAL_PAYMENTS_INFO,
  CitizenService.INTERACTIONS,
  CitizenService.NOTIFICATIONS,
  CitizenService.SERVICE_RATING,
]);

/**
 * Every citizen service in DOMAIN.md's order with whether the citizen can use it now, by seed 001's rule
 * from the citizen's open personal cases. A service the portal does not offer yet says so only when its
 * rule passes, so that the citizen first learns what the rule asks of them.
 */
export async function citizenServicesFor(
  em: EntityManager,
  citizen: SignedInViewer,
): Promise<CitizenServiceAvailability[]> {
  const standing = await caseStandingOfCitizen(em, citizen.userId);
  return Object.values(CitizenService).map((service) => {
    const reason =
      unavailabilityReason(service, standing) ?? (NOT_ON_PORTAL.has(service) ? NOT_CONNECTED : null);
    return {
      service,
      appealType: APPEAL_TYPE_OF[service],
      available: reason === null,
      unavailableReason: reason,
    };
  });
}
