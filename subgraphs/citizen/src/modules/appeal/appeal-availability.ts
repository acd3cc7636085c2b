import { AppealType } from './appeal.enums';

const NEEDS_OPEN_CASE =
  'Услуга доступна при открытом личном деле по поиску работы. Обратитесь в центр занятости.';
const NEEDS_UNEMPLOYED =
  'Услуга доступна гражданам, признанным безработными. Сначала подайте заявление на содействие в поиске работы.';

/**
 * Why a service cannot be applied for now, or null when it can (seed 001). Personal cases arrive with
 * their own issue; until then no citizen has one, so the case-bound services say what is missing.
 */
export function unavailabilityReason(type: AppealType): string | null {
  switch (type) {
    case AppealType.JOB_SEARCH_ASSISTANCE:
    case AppealType.LABOR_MARKET_INFO:
    case AppealType.CAREER_GUIDANCE:
      return null;
    case AppealType.PUBLIC_WORKS:
    case AppealType.TEMPORARY_EMPLOYMENT:
      return NEEDS_OPEN_CASE;
    case AppealType.VOCATIONAL_TRAINING:
    case AppealType.SELF_EMPLOYMENT_SUPPORT:
      return NEEDS_UNEMPLOYED;
  }
}
