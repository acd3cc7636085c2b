import {
  AuditedAs,
  badUserInput,
  conflict,
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
import { JobCenterRef, UserRef } from '../federation/references';
import { requireCaseStaff } from '../personal-case/personal-case.access';
import { OpenPersonalCaseOnCompletionInput } from '../personal-case/personal-case.inputs';
import {
  ALREADY_OPEN,
  checkNewPersonalCase,
  isSecondOpenCase,
  openPersonalCaseIn,
} from '../personal-case/personal-case.service';
import type { JobCenterDirectory } from '../federation/scheduling-subgraph';
import type { VacancyDirectory } from '../federation/employer-subgraph';
import { AppealStatus, AppealType } from './appeal.enums';
import { canSeeAppeal, isUnreadBy } from './appeal.access';
import { appealShown, appealsListed, jobCenterAppealsListed } from './appeal.audit';
import { Appeal, AppealStatusChange } from './appeal.entity';
import { requireUuid, SubmitAppealInput, text } from './appeal.inputs';
import {
  APPEAL_NOT_FOUND,
  applicantHasAppealAt,
  appealsOfApplicant,
  appealsOfJobCenter,
  changeAppealStatus,
  markAppealRead,
  submitAppeal,
} from './appeal.service';

type Context = SubgraphContext<CitizenLoaders>;

@Resolver(() => Appeal)
export class AppealResolver {
  /** Without the directories (a citizen built only for composing and migrating) nobody can apply. */
  constructor(
    private readonly jobCenters: JobCenterDirectory | null,
    private readonly vacancies: VacancyDirectory | null,
  ) {}

  @Query(() => [Appeal], { description: 'Мои обращения, новые сверху' })
  @AuditedAs(appealsListed)
  myAppeals(
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Appeal[]> {
    return appealsOfApplicant(em, requireUser(viewer).userId, checkPage(page));
  }

  @Query(() => Appeal, { description: 'Обращение: заявителю и сотрудникам ЦЗН, куда оно подано' })
  @AuditedAs(appealShown)
  async appeal(@Arg('id', () => ID) id: string, @Ctx() { viewer, loaders }: Context): Promise<Appeal> {
    requireUser(viewer);
    const appeal = await loaders.appeal.load(requireUuid('id', id, 'Обращение'));
    if (!appeal || !canSeeAppeal(viewer, appeal)) throw notFound(APPEAL_NOT_FOUND);
    return appeal;
  }

  @Query(() => [Appeal], { description: 'Обращения в ЦЗН сотрудника, новые сверху' })
  @AuditedAs(jobCenterAppealsListed)
  jobCenterAppeals(
    @Arg('status', () => AppealStatus, { nullable: true }) status: AppealStatus | null,
    @Arg('type', () => AppealType, { nullable: true, description: 'Только обращения за этой услугой' })
    type: AppealType | null,
    @Arg('page', () => PageInput, { defaultValue: FIRST_PAGE }) page: PageInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Appeal[]> {
    return appealsOfJobCenter(
      em,
      requireStaff(viewer).jobCenterId,
      { status: status ?? null, type: type ?? null },
      checkPage(page),
    );
  }

  @Mutation(() => Appeal, { description: 'Подать заявление на услугу' })
  @AuditedAs(appealShown)
  @RateLimited('appeal', { perPerson: 10, perAddress: 50, windowSeconds: 60 })
  submitAppeal(
    @Arg('input', () => SubmitAppealInput) input: SubmitAppealInput,
    @Ctx() { em, viewer, personalData }: Context,
  ): Promise<Appeal> {
    if (!this.jobCenters) throw new Error('citizen runs without scheduling: set SCHEDULING_SUBGRAPH_URL');
    if (!this.vacancies) throw new Error('citizen runs without employer: set EMPLOYER_SUBGRAPH_URL');
    const peers = { jobCenters: this.jobCenters, vacancies: this.vacancies };
    return submitAppeal(em, peers, requireRole(viewer, 'CITIZEN'), input, personalData);
  }

  /** For identity, which lets a centre's staff reach a person related to the centre. Not in the client schema. */
  @Directive('@inaccessible')
  @Query(() => Boolean, {
    description: 'Подавал ли человек обращение в этот ЦЗН; только для сотрудника этого ЦЗН',
  })
  applicantHasAppealAt(
    @Arg('personId', () => ID) personId: string,
    @Arg('jobCenterId', () => ID) jobCenterId: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<boolean> {
    if (requireStaff(viewer).jobCenterId !== jobCenterId) throw forbidden();
    return applicantHasAppealAt(
      em,
      requireUuid('personId', personId, 'Человек'),
      requireUuid('jobCenterId', jobCenterId, 'ЦЗН'),
    );
  }

  @Mutation(() => Appeal, {
    description: 'Отметить обращение прочитанным заявителем; повторный вызов ничего не меняет',
  })
  @AuditedAs(appealShown)
  markAppealRead(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Appeal> {
    return markAppealRead(em, requireUser(viewer), id);
  }

  @Mutation(() => Appeal, { description: 'Взять обращение в работу' })
  @AuditedAs(appealShown)
  takeAppealIntoWork(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<Appeal> {
    return changeAppealStatus(em, requireStaff(viewer), id, { to: AppealStatus.IN_PROGRESS, comment: null });
  }

  @Mutation(() => Appeal, { description: 'Исполнить обращение с результатом' })
  @AuditedAs(appealShown)
  @TextArg('result', { maxLength: 4000, multiLine: true })
  async completeAppeal(
    @Arg('id', () => ID) id: string,
    @Arg('result', () => String) result: string,
    @Arg('openPersonalCase', () => OpenPersonalCaseOnCompletionInput, {
      nullable: true,
      description:
        'Открыть заявителю личное дело в этом ЦЗН тем же действием; только для обращения о содействии в поиске работы',
    })
    openCase: OpenPersonalCaseOnCompletionInput | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Appeal> {
    const staff = requireStaff(viewer);
    const outcome = text('result', result, 4000, 'Опишите результат оказания услуги')!;
    const newCase = openCase ? checkNewPersonalCase(openCase, 'openPersonalCase.') : null;
    if (newCase) requireCaseStaff(staff);
    try {
      return await changeAppealStatus(em, staff, id, {
        to: AppealStatus.COMPLETED,
        comment: outcome,
        apply: async (appeal, tx) => {
          appeal.result = outcome;
          if (!newCase) return;
          if (appeal.type !== AppealType.JOB_SEARCH_ASSISTANCE)
            throw badUserInput(
              'openPersonalCase',
              'Личное дело открывается при исполнении обращения о содействии в поиске подходящей работы',
            );
          await openPersonalCaseIn(tx, staff, appeal.applicantId, newCase);
        },
      });
    } catch (error) {
      if (isSecondOpenCase(error)) throw conflict(ALREADY_OPEN);
      throw error;
    }
  }

  @Mutation(() => Appeal, { description: 'Отказать с указанием причины' })
  @AuditedAs(appealShown)
  @TextArg('reason', { maxLength: 2000, multiLine: true })
  rejectAppeal(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<Appeal> {
    const staff = requireStaff(viewer);
    const why = text('reason', reason, 2000, 'Укажите причину отказа')!;
    return changeAppealStatus(em, staff, id, {
      to: AppealStatus.REJECTED,
      comment: why,
      apply: (appeal) => {
        appeal.rejectionReason = why;
      },
    });
  }

  @FieldResolver(() => Boolean, {
    description:
      'Есть новости, которые заявитель ещё не открыл (показывается жирным); у сотрудников всегда false',
  })
  unread(@Root() appeal: Appeal, @Ctx() { viewer }: Context): boolean {
    return isUnreadBy(viewer, appeal);
  }

  @FieldResolver(() => UserRef, {
    nullable: true,
    description: 'Заявитель; пусто, пока сведения о пользователях недоступны',
  })
  applicant(@Root() appeal: Appeal): UserRef {
    return { id: appeal.applicantId };
  }

  @FieldResolver(() => JobCenterRef, {
    nullable: true,
    description: 'Центр занятости; пусто, пока сведения о центрах занятости недоступны',
  })
  jobCenter(@Root() appeal: Appeal): JobCenterRef {
    return { id: appeal.jobCenterId };
  }

  @FieldResolver(() => [AppealStatusChange], { description: 'История статусов, по времени' })
  history(@Root() appeal: Appeal, @Ctx() { loaders }: Context): Promise<AppealStatusChange[]> {
    return loaders.appealHistory.load(appeal.id);
  }
}

@Resolver(() => AppealStatusChange)
export class AppealStatusChangeResolver {
  @FieldResolver(() => UserRef, {
    nullable: true,
    description: 'Кто изменил статус; пусто, пока сведения о пользователях недоступны',
  })
  changedBy(@Root() change: AppealStatusChange): UserRef {
    return { id: change.changedById };
  }
}
