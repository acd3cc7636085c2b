import { Field, Int, ObjectType } from 'type-graphql';
import { AppealType } from '../appeal/appeal.enums';
import { ApplicationFieldKind, ProfileValue } from './application-form.enums';

@ObjectType({ description: 'Вариант ответа поля со списком' })
export class ApplicationFieldOption {
  @Field(() => String, { description: 'Значение, которое передаётся при подаче' })
  value!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType({ description: 'Поле заявления; обязательные отмечены required' })
export class ApplicationFormField {
  @Field(() => String, { description: 'Ключ поля: под ним передаётся ответ (ApplicationFieldValue.key)' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ApplicationFieldKind)
  kind!: ApplicationFieldKind;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => [ApplicationFieldOption], { description: 'Варианты для SELECT и MULTISELECT' })
  options!: ApplicationFieldOption[];

  @Field(() => Int, { nullable: true, description: 'Наибольшая длина текста (каждого — для TAGS)' })
  maxLength!: number | null;

  @Field(() => Int, { nullable: true, description: 'Наименьшее число для NUMBER и MONEY' })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: 'Наибольшее число для NUMBER и MONEY' })
  max!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Сколько значений можно выбрать или перечислить (MULTISELECT, TAGS, FAVORITE_VACANCIES)',
  })
  maxItems!: number | null;

  @Field(() => String, { nullable: true, description: 'Подсказка под полем' })
  hint!: string | null;

  @Field(() => ProfileValue, { nullable: true, description: 'Чем из профиля поле заполняется заранее' })
  prefill!: ProfileValue | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Поле SubmitAppealInput, которым передаётся ответ (contactPhone, contactEmail, comment); пусто — ответ передаётся в fields',
  })
  inputField!: string | null;
}

@ObjectType({ description: 'Группа полей заявления: вкладка или раздел формы' })
export class ApplicationFormGroup {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [ApplicationFormField])
  fields!: ApplicationFormField[];
}

@ObjectType({ description: 'Форма заявления на услугу: группы полей по порядку; сервер проверяет по ней же' })
export class ApplicationForm {
  @Field(() => AppealType)
  type!: AppealType;

  @Field(() => [ApplicationFormGroup])
  groups!: ApplicationFormGroup[];
}

@ObjectType({ description: 'Ответ на поле заявления, как его читает человек' })
export class ApplicationFieldAnswer {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ApplicationFieldKind)
  kind!: ApplicationFieldKind;

  @Field(() => String, {
    description:
      'Ответ для показа: подписи вариантов, даты ДД.ММ.ГГГГ, суммы в рублях, названия выбранных вакансий на момент подачи',
  })
  display!: string;

  @Field(() => [String], {
    description:
      'Ответ, как он передан: одно значение или список (для FAVORITE_VACANCIES — идентификаторы вакансий)',
  })
  values!: string[];
}

@ObjectType({ description: 'Группа заявления с ответами, в порядке формы' })
export class ApplicationGroupAnswer {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [ApplicationFieldAnswer])
  fields!: ApplicationFieldAnswer[];
}
