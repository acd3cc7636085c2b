import {
  AuditedAs,
  checkPage,
  FIRST_PAGE,
  forbidden,
  notFound,
  PageInput,
  RateLimited,
  requireRole,
  requireStaff,
  requireUser,
  type SubgraphContext,
  TextArg,
} from '@czn/kernel';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CitizenLoaders } from '../../loaders';
import { requireUuid, text } from '../appeal/appeal.inputs';
import { JobCenterRef, UserRef } from '../federation/references';
import { canSeePersonalCase, requireCaseStaff } from './personal-case.access';
import {
  citizenPersonalCasesListed,
  jobCenterPersonalCasesListed,
  personalCaseShown,
  personalCasesListed,
} from './personal-case.audit';
import { PersonalCase, PersonalCaseChange } from './personal-case.entity';
import { PersonalCaseStatus } from './personal-case.enums';
import { OpenPersonalCaseInput } from './personal-case.inputs';
import {
  casesOfCitizen,
  casesOfJobCenter,
  changePersonalCaseStatus,
  checkNewPersonalCase,
  citizenHasPersonalCaseAt,
  closePersonalCase,
  openPersonalCase,
  PERSONAL_CASE_NOT_FOUND,
  setPersonalAccount,
} from './personal-case.service';
import { CitizenPersonalCases, PersonalCaseElsewhere } from './personal-case.types';

type Context = SubgraphContext<CitizenLoaders>;

@Resolver(() => PersonalCase)
export class PersonalCaseResolver {
  @Query(() => [PersonalCase], { description: 'Мои личные дела: открытые и закрытые, новые сверху' })
  @AuditedAs(personalCasesListed)
  myPersonalCases(@Ctx() { em, viewer }: Context): Promise<PersonalCase[]> {
    return casesOfCitizen(em, requireRole(viewer, 'CITIZEN').userId);
  }

  @Query(() => PersonalCase, { description: 'Личное дело: гражданину и сотрудникам его ЦЗН, ведущим дела' })
  @AuditedAs(personalCaseShown)
  async personalCase(
    @Arg('id', () => ID) id: string,
    @Ctx() { viewer, loaders }: Context,
  ): Promise<PersonalCase> {
    requireUser(viewer);
    const personalCase = await loaders.personalCase.load(requireUuid('id', id, 'Личное дело'));
    if (!personalCase || !canSeePersonalCase(viewer, personalCase)) throw notFound(PERSONAL_CASE_NOT_FOUND);
    return personalCase;
  }

  @Query(() => CitizenPersonalCases, {
    description:
      'Личные дела гражданина: в ЦЗН сотрудника полностью, в других ЦЗН — только что открытое дело есть',
  })
  @AuditedAs(citizenPersonalCasesListed)
  async citizenPersonalCases(
    @Arg('citizenId', () => ID) citizenId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<CitizenPersonalCases> {
    const staff = requireCaseStaff(viewer);
    const cases = await casesOfCitizen(em, requireUuid('citizenId', citizenId, 'Гражданин'));
    const elsewhere = new Set(
      cases
        .filter((c) => c.jobCenterId !== staff.jobCenterId && c.status !== PersonalCaseStatus.CLOSED)
        .map((c) => c.jobCenterId),
    );
    return {
      here: cases.filter((c) => c.jobCenterId === staff.jobCenterId),
      elsewhere: [...elsewhere].map((jobCenterId) => ({ jobCenterId })),
    };
  }

  @Query(() => [PersonalCase], { description: 'Личные дела ЦЗН сотрудника, новые сверху' })
  @AuditedAs(jobCenterPersonalCasesListed)
  jobCenterPersonalCases(
    @Arg('status', () => PersonalCaseStatus, { nullable: true }) status: PersonalCaseStatus | null,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PersonalCase[]> {
    return casesOfJobCenter(em, requireCaseStaff(viewer).jobCenterId, status ?? null, checkPage(page));
  }

  /** For identity, which lets a centre's staff reach a person related to the centre. Not in the client schema. */
  @Directive('@inaccessible')
  @Query(() => Boolean, {
    description: 'Есть ли у человека личное дело в этом ЦЗН; только для сотрудника этого ЦЗН',
  })
  citizenHasPersonalCaseAt(
    @Arg('personId', () => ID) personId: string,
    @Arg('jobCenterId', () => ID) jobCenterId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<boolean> {
    if (requireStaff(viewer).jobCenterId !== jobCenterId) throw forbidden();
    return citizenHasPersonalCaseAt(
      em,
      requireUuid('personId', personId, 'Человек'),
      requireUuid('jobCenterId', jobCenterId, 'ЦЗН'),
    );
  }

  @Mutation(() => PersonalCase, { description: 'Открыть личное дело гражданина в своём ЦЗН' })
  @AuditedAs(personalCaseShown)
  @RateLimited('personal-case', { perPerson: 30, perAddress: 100, windowSeconds: 60 })
  openPersonalCase(
    @Arg('input', () => OpenPersonalCaseInput) input: OpenPersonalCaseInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PersonalCase> {
    const staff = requireCaseStaff(viewer);
    return openPersonalCase(em, staff, {
      citizenId: requireUuid('citizenId', input.citizenId, 'Гражданин'),
      ...checkNewPersonalCase(input),
      idempotencyKey: text('idempotencyKey', input.idempotencyKey, 100, null),
    });
  }

  @Mutation(() => PersonalCase, { description: 'Изменить статус личного дела с указанием причины' })
  @AuditedAs(personalCaseShown)
  @TextArg('reason', { maxLength: 2000, multiLine: true })
  changePersonalCaseStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => PersonalCaseStatus) status: PersonalCaseStatus,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<PersonalCase> {
    return changePersonalCaseStatus(em, requireCaseStaff(viewer), id, status, reason);
  }

  @Mutation(() => PersonalCase, { description: 'Указать номер лицевого счёта в личном деле' })
  @AuditedAs(personalCaseShown)
  setPersonalAccount(
    @Arg('id', () => ID) id: string,
    @Arg('number', () => String) number: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<PersonalCase> {
    return setPersonalAccount(em, requireCaseStaff(viewer), id, number);
  }

  @Mutation(() => PersonalCase, { description: 'Закрыть личное дело с указанием причины' })
  @AuditedAs(personalCaseShown)
  @TextArg('reason', { maxLength: 2000, multiLine: true })
  closePersonalCase(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<PersonalCase> {
    return closePersonalCase(em, requireCaseStaff(viewer), id, reason);
  }

  @FieldResolver(() => UserRef, {
    nullable: true,
    description: 'Гражданин; пусто, пока сведения о пользователях недоступны',
  })
  citizen(@Root() personalCase: PersonalCase): UserRef {
    return { id: personalCase.citizenId };
  }

  @FieldResolver(() => JobCenterRef, {
    nullable: true,
    description: 'Центр занятости; пусто, пока сведения о центрах занятости недоступны',
  })
  jobCenter(@Root() personalCase: PersonalCase): JobCenterRef {
    return { id: personalCase.jobCenterId };
  }

  @FieldResolver(() => [PersonalCaseChange], { description: 'История изменений, по времени' })
  history(@Root() personalCase: PersonalCase, @Ctx() { loaders }: Context): Promise<PersonalCaseChange[]> {
    return loaders.personalCaseHistory.load(personalCase.id);
  }
}

@Resolver(() => PersonalCaseChange)
export class PersonalCaseChangeResolver {
  @FieldResolver(() => UserRef, {
    nullable: true,
    description: 'Кто изменил; пусто, пока сведения о пользователях недоступны',
  })
  changedBy(@Root() change: PersonalCaseChange): UserRef {
    return { id: change.changedById };
  }
}

@Resolver(() => PersonalCaseElsewhere)
export class PersonalCaseElsewhereResolver {
  @FieldResolver(() => JobCenterRef, {
    nullable: true,
    description: 'ЦЗН, где открыто дело; пусто, пока сведения о центрах занятости недоступны',
  })
  jobCenter(@Root() elsewhere: PersonalCaseElsewhere): JobCenterRef {
    return { id: elsewhere.jobCenterId };
  }
}
