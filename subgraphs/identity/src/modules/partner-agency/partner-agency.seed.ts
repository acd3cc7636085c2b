import { demoPartnerAgencyIds } from '@czn/demo';
import type { EntityManager } from '@czn/kernel';
import { PartnerAgency } from './partner-agency.entity';
import { PartnerAgencyKind } from './partner-agency.enums';

/** The partner agencies of seed 003 in Barnaul (fictional names). */
export const demoPartnerAgencies = [
  {
    id: demoPartnerAgencyIds.bailiffs,
    kind: PartnerAgencyKind.BAILIFFS_OFFICE,
    name: 'ОСП Центрального района г. Барнаула',
  },
  {
    id: demoPartnerAgencyIds.crisisCenter,
    kind: PartnerAgencyKind.CRISIS_CENTER,
    name: 'Кризисный центр г. Барнаула',
  },
  {
    id: demoPartnerAgencyIds.mediation,
    kind: PartnerAgencyKind.MEDIATION_CENTER,
    name: 'Центр медиации Алтайского края',
  },
  {
    id: demoPartnerAgencyIds.socialProtection,
    kind: PartnerAgencyKind.SOCIAL_PROTECTION_OFFICE,
    name: 'УСЗН по г. Барнаулу',
  },
  {
    id: demoPartnerAgencyIds.wageWorkingGroup,
    kind: PartnerAgencyKind.WAGE_LEGALIZATION_WORKING_GROUP,
    name: 'Рабочая группа по легализации заработной платы г. Барнаула',
  },
];

export async function seedPartnerAgencies(em: EntityManager): Promise<void> {
  const known = new Set((await em.find(PartnerAgency, {})).map((a) => a.id));
  for (const agency of demoPartnerAgencies)
    if (!known.has(agency.id)) em.create(PartnerAgency, { ...agency, createdAt: new Date() });
  await em.flush();
}
