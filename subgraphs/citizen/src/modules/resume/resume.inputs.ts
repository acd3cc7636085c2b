import { TextInput } from '@czn/kernel';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EducationLevel } from './resume.enums';

@InputType({ description: 'Образование' })
export class ResumeEducationInput {
  @Field(() => EducationLevel)
  level!: EducationLevel;

  @Field(() => String, { description: 'Учебное заведение, до 300 символов' })
  institution!: string;

  @Field(() => String, { nullable: true, description: 'Специальность, до 300 символов' })
  specialty?: string | null;

  @Field(() => Int, { nullable: true, description: 'Год окончания' })
  graduationYear?: number | null;
}

@InputType({ description: 'Место работы' })
export class ResumeExperienceInput {
  @Field(() => String, { description: 'Организация, до 300 символов' })
  organization!: string;

  @Field(() => String, { description: 'Должность, до 200 символов' })
  position!: string;

  @Field(() => String, { description: 'Начало работы, ГГГГ-ММ' })
  from!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Окончание работы, ГГГГ-ММ; пусто — по настоящее время',
  })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Обязанности и достижения, до 4000 символов' })
  @TextInput({ maxLength: 4000, multiLine: true })
  duties?: string | null;
}

@InputType({ description: 'Согласие на публикацию резюме и личных сведений в нём' })
export class ResumeConsentInput {
  @Field(() => Boolean, { description: 'Согласен на публикацию резюме' })
  publish!: boolean;

  @Field(() => Boolean, { description: 'Публиковать ФИО' })
  publishName!: boolean;

  @Field(() => Boolean, { description: 'Публиковать адрес' })
  publishAddress!: boolean;

  @Field(() => Boolean, { description: 'Публиковать телефоны и электронную почту' })
  publishPhone!: boolean;

  @Field(() => Boolean, { description: 'Публиковать возраст' })
  publishAge!: boolean;
}

@InputType({ description: 'Резюме: разделы, контакты и согласие на публикацию' })
export class ResumeInput {
  @Field(() => String, { description: 'Желаемая должность, до 200 символов' })
  desiredPosition!: string;

  @Field(() => String, { nullable: true, description: 'Сфера деятельности, до 200 символов' })
  fieldOfActivity?: string | null;

  @Field(() => Int, { nullable: true, description: 'Желаемая зарплата, рублей в месяц' })
  desiredSalary?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Город, в котором ищется работа, из справочника городов',
  })
  city?: string | null;

  @Field(() => [ResumeEducationInput], { description: 'Образование, не больше 10 записей' })
  educations!: ResumeEducationInput[];

  @Field(() => [ResumeExperienceInput], { description: 'Опыт работы, не больше 20 мест' })
  experiences!: ResumeExperienceInput[];

  @Field(() => [String], { description: 'Ключевые навыки, не больше 30, каждый до 100 символов' })
  keySkills!: string[];

  @Field(() => String, { nullable: true, description: 'О себе, до 4000 символов' })
  @TextInput({ maxLength: 4000, multiLine: true })
  about?: string | null;

  @Field(() => String, { description: 'ФИО' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Дата рождения, ГГГГ-ММ-ДД' })
  birthDate?: string | null;

  @Field(() => String, { description: 'Телефон, например +7 (913) 123-45-67' })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'Адрес электронной почты' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Адрес, до 500 символов' })
  address?: string | null;

  @Field(() => ResumeConsentInput)
  consent!: ResumeConsentInput;
}

@InputType({ description: 'Новое резюме для выбранного ЦЗН' })
export class CreateResumeInput extends ResumeInput {
  @Field(() => ID, { description: 'ЦЗН, в который направляется резюме' })
  jobCenterId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Ключ повтора: то же создание с тем же ключом вернёт уже созданное резюме',
  })
  idempotencyKey?: string | null;
}
