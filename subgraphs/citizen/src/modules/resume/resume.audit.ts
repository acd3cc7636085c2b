import type { Resume } from './resume.entity';

/** How the personal-data audit trail names what the resume fields show and change, as a person would. */
export const resumeShown = (resume: Resume) => `Просмотр резюме «${resume.desiredPosition}»`;
export const resumesListed = () => 'Просмотр списка резюме';
export const jobCenterResumesListed = () => 'Просмотр очереди проверки резюме ЦЗН';
export const resumeContactsGiven = (resume: Resume) =>
  `Изменение личных данных в резюме «${resume.desiredPosition}»`;
