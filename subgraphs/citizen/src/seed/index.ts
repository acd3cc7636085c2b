import type { EntityManager } from '@czn/kernel';
import { AppealStatus } from '../modules/appeal/appeal.enums';
import { Appeal, AppealStatusChange } from '../modules/appeal/appeal.entity';
import { nextAppealNumber } from '../modules/appeal/appeal-number';
import { readAnswers } from '../modules/application-form/application-answers';
import { applicationForms } from '../modules/application-form/application-forms';
import { demoAppeals } from './demo-appeals';
import { Resume, ResumeStatusChange } from '../modules/resume/resume.entity';
import { demoResumeHistory, demoResumes } from './demo-resumes';
import { FavoriteVacancy } from '../modules/favorite-vacancy/favorite-vacancy.entity';
import { demoFavoriteVacancies } from './demo-favorite-vacancies';
import { PersonalCase, PersonalCaseChange } from '../modules/personal-case/personal-case.entity';
import { demoPersonalCaseHistory, demoPersonalCases } from './demo-personal-cases';

const MINUTE = 60_000;

/** The demo appeals, each numbered like any other the first time; seeding again leaves them as they are. */
async function seedAppeals(em: EntityManager): Promise<void> {
  for (const demo of demoAppeals) {
    if (await em.findOne(Appeal, { id: demo.id })) continue;
    const { answers, problems } = readAnswers(applicationForms[demo.type], demo.fields);
    if (problems.length > 0) throw new Error(`demo appeal ${demo.id}: ${JSON.stringify(problems)}`);
    const steps = [
      { to: AppealStatus.REGISTERED, comment: null, by: demo.applicantId },
      ...demo.progress.map((step) => ({ ...step, by: demo.operatorId })),
    ];
    const last = steps.at(-1)!;
    const updatedAt = new Date(demo.createdAt.getTime() + (steps.length - 1) * 90 * MINUTE);
    const appeal = em.create(Appeal, {
      id: demo.id,
      number: await nextAppealNumber(em, demo.createdAt),
      type: demo.type,
      status: last.to,
      applicantId: demo.applicantId,
      jobCenterId: demo.jobCenterId,
      contactPhone: demo.contactPhone,
      contactEmail: demo.contactEmail,
      comment: demo.comment,
      application: answers,
      applicationVacancies: null,
      result: last.to === AppealStatus.COMPLETED ? last.comment : null,
      createdAt: demo.createdAt,
      updatedAt,
      applicantSeenAt: updatedAt,
    });
    steps.forEach((step, index) =>
      em.create(AppealStatusChange, {
        appeal,
        fromStatus: index === 0 ? null : steps[index - 1]!.to,
        toStatus: step.to,
        changedById: step.by,
        changedAt: new Date(demo.createdAt.getTime() + index * 90 * MINUTE),
        comment: step.comment,
      }),
    );
    await em.flush();
  }
}

async function seedResumes(em: EntityManager): Promise<void> {
  for (const resume of demoResumes) await em.upsert(Resume, resume);
  for (const change of demoResumeHistory) await em.upsert(ResumeStatusChange, change);
}

async function seedFavoriteVacancies(em: EntityManager): Promise<void> {
  for (const favorite of demoFavoriteVacancies) await em.upsert(FavoriteVacancy, favorite);
}

async function seedPersonalCases(em: EntityManager): Promise<void> {
  for (const personalCase of demoPersonalCases) await em.upsert(PersonalCase, personalCase);
  for (const change of demoPersonalCaseHistory) await em.upsert(PersonalCaseChange, change);
}

export async function seed(em: EntityManager): Promise<void> {
  await seedPersonalCases(em);
  await seedAppeals(em);
  await seedResumes(em);
  await seedFavoriteVacancies(em);
}
