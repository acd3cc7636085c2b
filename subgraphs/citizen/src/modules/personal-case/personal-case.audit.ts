import type { PersonalCase } from './personal-case.entity';

/** How the personal-data audit trail names what the case fields show and change, as a person would. */
export const personalCaseShown = (personalCase: PersonalCase) =>
  `Просмотр личного дела от ${personalCase.openedOn}`;
export const personalCasesListed = () => 'Просмотр своих личных дел';
export const citizenPersonalCasesListed = () => 'Просмотр личных дел гражданина';
export const jobCenterPersonalCasesListed = () => 'Просмотр списка личных дел ЦЗН';
