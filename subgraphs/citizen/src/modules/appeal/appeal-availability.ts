import type { EntityManager } from '@czn/kernel';
import { CitizenService } from '../citizen-service/citizen-service.enums';
import type { AppealType } from './appeal.enums';
import { PersonalCaseStatus } from '../personal-case/personal-case.enums';
import type { PersonalCase } from '../personal-case/personal-case.entity';
import { casesOfCitizen } from '../personal-case/personal-case.service';

export const NEEDS_OPEN_CASE =
  'Услуга доступна при открытом личном деле с целью поиска подходящей работы. Личное дело открывает центр ' +
  'занятости: подайте заявление на содействие в поиске подходящей работы или обратитесь в центр занятости.';
export const NEEDS_UNEMPLOYED =
  'Услуга доступна при открытом личном деле в статусе "Безработный". Статус присваивает центр занятости ' +
  'после рассмотрения заявления на содействие в поиске подходящей работы: обратитесь в центр занятости.';
export const NEEDS_PERSONAL_ACCOUNT =
  'Услуга доступна, когда в открытом личном деле указан лицевой счёт. Лицевой счёт открывает центр ' +
  'занятости при назначении выплат: обратитесь в центр занятости.';

/** What of a citizen's open personal cases the services of seed 001 depend on. */
export interface CaseStanding {
  hasOpenCase: boolean;
  unemployed: boolean;
  hasPersonalAccount: boolean;
}

export function caseStandingOf(cases: readonly PersonalCase[]): CaseStanding {
  const open = cases.filter((personalCase) => personalCase.status !== PersonalCaseStatus.CLOSED);
  return {
    hasOpenCase: open.length > 0,
    unemployed: open.some((personalCase) => personalCase.status === PersonalCaseStatus.UNEMPLOYED),
    hasPersonalAccount: open.some((personalCase) => personalCase.personalAccountNumber !== null),
  };
}

/** The citizen's standing from all their cases, in one statement. */
export async function caseStandingOfCitizen(em: EntityManager, citizenId: string): Promise<CaseStanding> {
  return caseStandingOf(await casesOfCitizen(em, citizenId));
}

/** The service an appeal of the type applies for (their values are the same). */
export const citizenServiceOf = (type: AppealType): CitizenService => CitizenService[type];

/** Why seed 001's rule refuses the service to the citizen now, or null when the rule lets them use it. */
export function unavailabilityReason(service: CitizenService, standing: CaseStanding): string | null {
  switch (service) {
    case CitizenService.PUBLIC_WORKS:
    case CitizenService.TEMPORARY_EMPLOYMENT:
      return standing.hasOpenCase ? null : NEEDS_OPEN_CASE;
    case CitizenService.VOCATIONAL_TRAINING:
    case CitizenService.SELF_EMPLOYMENT_SUPPORT:
      return standing.unemployed ? null : NEEDS_UNEMPLOYED;
    case CitizenService.SOCIAL_PAYMENTS_INFO:
      return standing.hasPersonalAccount ? null : NEEDS_PERSONAL_ACCOUNT;
    case CitizenService.JOB_SEARCH_ASSISTANCE:
    case CitizenService.LABOR_MARKET_INFO:
    case CitizenService.CAREER_GUIDANCE:
    case CitizenService.APPOINTMENT:
    case CitizenService.RESUME:
    case CitizenService.INTERACTIONS:
    case CitizenService.NOTIFICATIONS:
    case CitizenService.SERVICE_RATING:
      return null;
  }
}
