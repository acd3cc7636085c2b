import { forbidden, isStaff, requireUser, type SubgraphContext } from '@czn/kernel';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CitizenLoaders } from '../../loaders';
import { AppealType } from '../appeal/appeal.enums';
import { Appeal } from '../appeal/appeal.entity';
import { answerGroups } from './application-answers';
import { applicationForms } from './application-forms';
import { ApplicationForm, ApplicationGroupAnswer } from './application-form.types';

type Context = SubgraphContext<CitizenLoaders>;

@Resolver(() => Appeal)
export class ApplicationFormResolver {
  @Query(() => ApplicationForm, {
    description: 'Форма заявления на услугу: гражданину, чтобы заполнить, и сотрудникам ЦЗН',
  })
  applicationForm(
    @Arg('type', () => AppealType) type: AppealType,
    @Ctx() { viewer }: Context,
  ): ApplicationForm {
    const user = requireUser(viewer);
    if (!user.roles.includes('CITIZEN') && !isStaff(user))
      throw forbidden('Формы заявлений открыты гражданам и сотрудникам ЦЗН');
    return applicationForms[type];
  }

  @FieldResolver(() => [ApplicationGroupAnswer], {
    description:
      'Заявление: группы формы с ответами по порядку; пусто у обращений, поданных до заявлений-анкет',
  })
  application(@Root() appeal: Appeal): ApplicationGroupAnswer[] {
    return appeal.application
      ? answerGroups(applicationForms[appeal.type], appeal.application, appeal.applicationVacancies ?? {})
      : [];
  }
}
