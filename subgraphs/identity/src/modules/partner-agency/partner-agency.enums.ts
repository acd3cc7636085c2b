import { registerLabelledEnum } from '@czn/kernel';

export enum PartnerAgencyKind {
  BAILIFFS_OFFICE = 'BAILIFFS_OFFICE',
  CRISIS_CENTER = 'CRISIS_CENTER',
  MEDIATION_CENTER = 'MEDIATION_CENTER',
  SOCIAL_PROTECTION_OFFICE = 'SOCIAL_PROTECTION_OFFICE',
  WAGE_LEGALIZATION_WORKING_GROUP = 'WAGE_LEGALIZATION_WORKING_GROUP',
}

const partnerAgencyKindLabels: Record<PartnerAgencyKind, string> = {
  BAILIFFS_OFFICE: 'Отделение судебных приставов (ОСП)',
  CRISIS_CENTER: 'Кризисный центр (психолог)',
  MEDIATION_CENTER: 'Центр медиации',
  SOCIAL_PROTECTION_OFFICE: 'Управление социальной защиты населения (УСЗН)',
  WAGE_LEGALIZATION_WORKING_GROUP: 'Городская рабочая группа по легализации заработной платы',
};

registerLabelledEnum(
  PartnerAgencyKind,
  'PartnerAgencyKind',
  partnerAgencyKindLabels,
  'Вид ведомства-партнёра',
);
