import { AppealType } from '../../appeal/appeal.enums';
import { choices, contactsGroup, field, group } from '../application-form.build';
import { ApplicationFieldKind as Kind } from '../application-form.enums';
import type { ApplicationForm } from '../application-form.types';
import { temporaryWorkFields } from './public-works';

/** Заявление на временное трудоустройство. */
export const temporaryEmploymentForm: ApplicationForm = {
  type: AppealType.TEMPORARY_EMPLOYMENT,
  groups: [
    group('employment', 'Временное трудоустройство', [
      field(Kind.SELECT, 'category', 'Кем вы трудоустраиваетесь', {
        required: true,
        options: choices({
          MINOR: 'Несовершеннолетний 14–18 лет, в свободное от учёбы время',
          GRADUATE: 'Выпускник, ищущий работу впервые',
          HARD_TO_EMPLOY: 'Испытывающий трудности в поиске работы',
          OTHER: 'Другое',
        }),
      }),
      ...temporaryWorkFields({
        SEASONAL: 'Сезонные работы',
        LANDSCAPING: 'Благоустройство и озеленение',
        TRADE: 'Торговля и склад',
        SERVICES: 'Сфера услуг',
        OFFICE: 'Офисная работа',
      }),
    ]),
    contactsGroup,
  ],
};
