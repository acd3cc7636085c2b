/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AppealEventType =
  /** Статус обращения изменён */
  | 'STATUS_CHANGED'
  /** Обращение подано */
  | 'SUBMITTED';

export type AppealStatus =
  /** Исполнено */
  | 'COMPLETED'
  /** В работе */
  | 'IN_PROGRESS'
  /** Зарегистрировано */
  | 'REGISTERED'
  /** Отказано */
  | 'REJECTED';

/** Услуга, за которой обращается гражданин */
export type AppealType =
  /** Профессиональная ориентация */
  | 'CAREER_GUIDANCE'
  /** Содействие в поиске подходящей работы */
  | 'JOB_SEARCH_ASSISTANCE'
  /** Информирование о положении на рынке труда */
  | 'LABOR_MARKET_INFO'
  /** Участие в оплачиваемых общественных работах */
  | 'PUBLIC_WORKS'
  /** Содействие самозанятости безработных граждан */
  | 'SELF_EMPLOYMENT_SUPPORT'
  /** Временное трудоустройство */
  | 'TEMPORARY_EMPLOYMENT'
  /** Профессиональное обучение и дополнительное профобразование */
  | 'VOCATIONAL_TRAINING';

/** Вид поля заявления */
export type ApplicationFieldKind =
  /** Отметка да или нет (value: true или false) */
  | 'CHECKBOX'
  /** Дата (value, ГГГГ-ММ-ДД) */
  | 'DATE'
  /** Период: дата начала и дата окончания (values, две даты ГГГГ-ММ-ДД) */
  | 'DATE_RANGE'
  /** Адрес электронной почты */
  | 'EMAIL'
  /** Вакансии из избранного (values — идентификаторы вакансий) */
  | 'FAVORITE_VACANCIES'
  /** Сумма в рублях, целая (value, цифрами) */
  | 'MONEY'
  /** Несколько вариантов из списка (values — значения вариантов) */
  | 'MULTISELECT'
  /** Целое число (value, цифрами) */
  | 'NUMBER'
  /** Телефон */
  | 'PHONE'
  /** Один вариант из списка (value — значение варианта) */
  | 'SELECT'
  /** Список коротких текстов (values) */
  | 'TAGS'
  /** Строка текста (value) */
  | 'TEXT'
  /** Несколько строк текста (value) */
  | 'TEXTAREA';

/** Ответ на поле заявления: value для одного значения, values для списка (вид поля говорит, что из двух) */
export type ApplicationFieldValue = {
  /** Ключ поля формы (ApplicationFormField.key) */
  key: string;
  value?: string | null | undefined;
  values?: Array<string> | null | undefined;
};

/** Услуга портала для гражданина */
export type CitizenService =
  /** Запись на прием в службу занятости */
  | 'APPOINTMENT'
  /** Профессиональная ориентация */
  | 'CAREER_GUIDANCE'
  /** Просмотр взаимодействий и назначенных посещений */
  | 'INTERACTIONS'
  /** Содействие в поиске подходящей работы */
  | 'JOB_SEARCH_ASSISTANCE'
  /** Информирование о положении на рынке труда */
  | 'LABOR_MARKET_INFO'
  /** Подписка на автоматические уведомления */
  | 'NOTIFICATIONS'
  /** Участие в оплачиваемых общественных работах */
  | 'PUBLIC_WORKS'
  /** Формирование и работа с резюме */
  | 'RESUME'
  /** Содействие самозанятости безработных граждан */
  | 'SELF_EMPLOYMENT_SUPPORT'
  /** Оценка качества предоставления услуг */
  | 'SERVICE_RATING'
  /** Информирование о социальных выплатах */
  | 'SOCIAL_PAYMENTS_INFO'
  /** Временное трудоустройство */
  | 'TEMPORARY_EMPLOYMENT'
  /** Профессиональное обучение и дополнительное профобразование */
  | 'VOCATIONAL_TRAINING';

/** Новое резюме для выбранного ЦЗН */
export type CreateResumeInput = {
  /** О себе, до 4000 символов */
  about?: string | null | undefined;
  /** Адрес, до 500 символов */
  address?: string | null | undefined;
  /** Дата рождения, ГГГГ-ММ-ДД */
  birthDate?: string | null | undefined;
  /** Город, в котором ищется работа, из справочника городов */
  city?: string | null | undefined;
  consent: ResumeConsentInput;
  /** Желаемая должность, до 200 символов */
  desiredPosition: string;
  /** Желаемая зарплата, рублей в месяц */
  desiredSalary?: number | null | undefined;
  /** Образование, не больше 10 записей */
  educations: Array<ResumeEducationInput>;
  /** Адрес электронной почты */
  email?: string | null | undefined;
  /** Опыт работы, не больше 20 мест */
  experiences: Array<ResumeExperienceInput>;
  /** Сфера деятельности, до 200 символов */
  fieldOfActivity?: string | null | undefined;
  /** ФИО */
  fullName: string;
  /** Ключ повтора: то же создание с тем же ключом вернёт уже созданное резюме */
  idempotencyKey?: string | null | undefined;
  /** ЦЗН, в который направляется резюме */
  jobCenterId: string;
  /** Ключевые навыки, не больше 30, каждый до 100 символов */
  keySkills: Array<string>;
  /** Телефон, например +7 (913) 123-45-67 */
  phone: string;
};

/** Уровень образования */
export type EducationLevel =
  /** Высшее — бакалавриат */
  | 'BACHELOR'
  /** Неоконченное высшее */
  | 'INCOMPLETE_HIGHER'
  /** Высшее — магистратура */
  | 'MASTER'
  /** Высшее — подготовка кадров высшей квалификации */
  | 'POSTGRADUATE'
  /** Среднее общее */
  | 'SECONDARY'
  /** Среднее профессиональное */
  | 'SECONDARY_VOCATIONAL'
  /** Высшее — специалитет */
  | 'SPECIALIST';

/** Тип занятости по вакансии */
export type EmploymentType =
  /** Полная занятость */
  | 'FULL'
  /** Стажировка */
  | 'INTERNSHIP'
  /** Частичная занятость */
  | 'PART'
  /** Проектная работа */
  | 'PROJECT'
  /** Временная работа */
  | 'TEMPORARY';

export type PageInput = {
  /** Сколько записей вернуть, от 1 до 200 */
  limit?: number;
  offset?: number;
};

/** Что изменилось в личном деле */
export type PersonalCaseChangeKind =
  /** Указан лицевой счёт */
  | 'ACCOUNT_SET'
  /** Личное дело закрыто */
  | 'CLOSED'
  /** Личное дело открыто */
  | 'OPENED'
  /** Статус изменён */
  | 'STATUS_CHANGED';

/** Цель личного дела */
export type PersonalCasePurpose =
  /** Поиск подходящей работы */
  | 'JOB_SEARCH';

/** Статус личного дела гражданина в центре занятости */
export type PersonalCaseStatus =
  /** Закрыто */
  | 'CLOSED'
  /** Ищущий работу */
  | 'JOB_SEEKER'
  /** Безработный */
  | 'UNEMPLOYED';

/** Сведения профиля, которыми поле заполняется заранее */
export type ProfileValue =
  /** Электронная почта из профиля */
  | 'EMAIL'
  /** Телефон из профиля */
  | 'PHONE';

/** Согласие на публикацию резюме и личных сведений в нём */
export type ResumeConsentInput = {
  /** Согласен на публикацию резюме */
  publish: boolean;
  /** Публиковать адрес */
  publishAddress: boolean;
  /** Публиковать возраст */
  publishAge: boolean;
  /** Публиковать ФИО */
  publishName: boolean;
  /** Публиковать телефоны и электронную почту */
  publishPhone: boolean;
};

/** Образование */
export type ResumeEducationInput = {
  /** Год окончания */
  graduationYear?: number | null | undefined;
  /** Учебное заведение, до 300 символов */
  institution: string;
  level: EducationLevel;
  /** Специальность, до 300 символов */
  specialty?: string | null | undefined;
};

export type ResumeEventType =
  /** Резюме принято */
  | 'ACCEPTED'
  /** Резюме, ожидающее проверки, изменено */
  | 'EDITED'
  /** В публикации резюме отказано */
  | 'REJECTED'
  /** Резюме исправлено и снова отправлено на проверку */
  | 'RESUBMITTED'
  /** Резюме отправлено на проверку */
  | 'SUBMITTED'
  /** Резюме снято с публикации соискателем */
  | 'WITHDRAWN';

/** Место работы */
export type ResumeExperienceInput = {
  /** Обязанности и достижения, до 4000 символов */
  duties?: string | null | undefined;
  /** Начало работы, ГГГГ-ММ */
  from: string;
  /** Организация, до 300 символов */
  organization: string;
  /** Должность, до 200 символов */
  position: string;
  /** Окончание работы, ГГГГ-ММ; пусто — по настоящее время */
  to?: string | null | undefined;
};

/** Резюме: разделы, контакты и согласие на публикацию */
export type ResumeInput = {
  /** О себе, до 4000 символов */
  about?: string | null | undefined;
  /** Адрес, до 500 символов */
  address?: string | null | undefined;
  /** Дата рождения, ГГГГ-ММ-ДД */
  birthDate?: string | null | undefined;
  /** Город, в котором ищется работа, из справочника городов */
  city?: string | null | undefined;
  consent: ResumeConsentInput;
  /** Желаемая должность, до 200 символов */
  desiredPosition: string;
  /** Желаемая зарплата, рублей в месяц */
  desiredSalary?: number | null | undefined;
  /** Образование, не больше 10 записей */
  educations: Array<ResumeEducationInput>;
  /** Адрес электронной почты */
  email?: string | null | undefined;
  /** Опыт работы, не больше 20 мест */
  experiences: Array<ResumeExperienceInput>;
  /** Сфера деятельности, до 200 символов */
  fieldOfActivity?: string | null | undefined;
  /** ФИО */
  fullName: string;
  /** Ключевые навыки, не больше 30, каждый до 100 символов */
  keySkills: Array<string>;
  /** Телефон, например +7 (913) 123-45-67 */
  phone: string;
};

/** Статус проверки резюме в ЦЗН */
export type ResumeStatus =
  /** Активное */
  | 'ACTIVE'
  /** Ожидает проверки */
  | 'PENDING_REVIEW'
  /** Отказано */
  | 'REJECTED'
  /** Снято с публикации */
  | 'WITHDRAWN';

/** Заявление на услугу */
export type SubmitAppealInput = {
  /** Комментарий заявителя, до 2000 символов */
  comment?: string | null | undefined;
  /** Адрес электронной почты для связи */
  contactEmail?: string | null | undefined;
  /** Контактный телефон, например +7 (913) 123-45-67 или 8 913 123 45 67; сохраняется как +79131234567 */
  contactPhone: string;
  /** Ответы на поля формы заявления (applicationForm), кроме тех, что передаются своими полями (inputField) */
  fields?: Array<ApplicationFieldValue> | null | undefined;
  /** Ключ повтора: та же подача с тем же ключом вернёт уже созданное обращение */
  idempotencyKey?: string | null | undefined;
  /** ЦЗН, в который подаётся обращение */
  jobCenterId: string;
  type: AppealType;
};

/** Чего ищет соискатель: из его резюме или заданное вручную */
export type VacancyMatchCriteria = {
  /** Город, где соискатель хочет работать */
  city?: string | null | undefined;
  /** Ожидаемая зарплата, руб. в месяц */
  expectedSalary?: number | null | undefined;
  /** Желаемая должность, например «Бухгалтер» */
  position: string;
  /** Ключевые навыки, до 30, например «Excel», «1С» */
  skills?: Array<string> | null | undefined;
};

/** Что ищут в банке вакансий; пустые поля не ограничивают поиск */
export type VacancySearchInput = {
  /** Населённый пункт из справочника (localities) */
  city?: string | null | undefined;
  /** Любой из этих типов занятости */
  employmentTypes?: Array<EmploymentType> | null | undefined;
  /** Только вакансии этого центра занятости */
  jobCenterId?: string | null | undefined;
  /** Слова для поиска по должности, обязанностям и работодателю; «кавычки» ищут фразу, минус исключает слово */
  query?: string | null | undefined;
  /** Субъект РФ из справочника (localities) */
  region?: string | null | undefined;
  /** Зарплата от, руб. в месяц: вакансия платит не меньше */
  salaryFrom?: number | null | undefined;
  /** Любой из этих графиков работы */
  schedules?: Array<WorkSchedule> | null | undefined;
};

/** Порядок вакансий в банке вакансий; «По соответствию запросу» только при поиске по словам */
export type VacancySort =
  /** Сначала новые */
  | 'NEWEST'
  /** По соответствию запросу */
  | 'RELEVANCE'
  /** По зарплате */
  | 'SALARY';

/** Состояние вакансии: «Активная» опубликована и видна соискателям, «Снята» снята работодателем и в общем списке не показывается */
export type VacancyStatus =
  /** Активная */
  | 'ACTIVE'
  /** Снята */
  | 'WITHDRAWN';

/** График работы по вакансии */
export type WorkSchedule =
  /** Гибкий график */
  | 'FLEXIBLE'
  /** Полный день */
  | 'FULL_DAY'
  /** Удалённая работа */
  | 'REMOTE'
  /** Вахтовый метод */
  | 'ROTATION'
  /** Сменный график */
  | 'SHIFT';

export type AppealRowFragment = { id: string, number: string, type: AppealType, status: AppealStatus, unread: boolean, createdAt: string, updatedAt: string, jobCenter: { id: string, name: string } | null };

export type AppealCardFragment = { comment: string | null, contactPhone: string, contactEmail: string | null, result: string | null, rejectionReason: string | null, id: string, number: string, type: AppealType, status: AppealStatus, unread: boolean, createdAt: string, updatedAt: string, history: Array<{ id: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, changedAt: string, comment: string | null }>, jobCenter: { id: string, name: string } | null };

export type MyAppealsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppealsQuery = { myAppeals: Array<{ id: string, number: string, type: AppealType, status: AppealStatus, unread: boolean, createdAt: string, updatedAt: string, jobCenter: { id: string, name: string } | null }> };

export type AppealQueryVariables = Exact<{
  id: string;
}>;


export type AppealQuery = { appeal: { comment: string | null, contactPhone: string, contactEmail: string | null, result: string | null, rejectionReason: string | null, id: string, number: string, type: AppealType, status: AppealStatus, unread: boolean, createdAt: string, updatedAt: string, jobCenter: { id: string, address: string, phone: string | null, name: string } | null, application: Array<{ key: string, title: string, fields: Array<{ key: string, label: string, display: string }> }>, history: Array<{ id: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, changedAt: string, comment: string | null }> } };

export type MarkAppealReadMutationVariables = Exact<{
  id: string;
}>;


export type MarkAppealReadMutation = { markAppealRead: { id: string, unread: boolean } };

export type AppealUpdatedSubscriptionVariables = Exact<{
  sinceEventId?: string | null | undefined;
}>;


export type AppealUpdatedSubscription = { appealUpdated: { eventId: string, type: AppealEventType, status: AppealStatus, appeal: { comment: string | null, contactPhone: string, contactEmail: string | null, result: string | null, rejectionReason: string | null, id: string, number: string, type: AppealType, status: AppealStatus, unread: boolean, createdAt: string, updatedAt: string, history: Array<{ id: string, fromStatus: AppealStatus | null, toStatus: AppealStatus, changedAt: string, comment: string | null }>, jobCenter: { id: string, name: string } | null } } };

export type PersonalCaseRowFragment = { id: string, status: PersonalCaseStatus, purpose: PersonalCasePurpose, openedOn: string, closedOn: string | null, closeReason: string | null, personalAccountNumber: string | null, jobCenter: { id: string, name: string } | null };

export type MyPersonalCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPersonalCasesQuery = { myPersonalCases: Array<{ id: string, status: PersonalCaseStatus, purpose: PersonalCasePurpose, openedOn: string, closedOn: string | null, closeReason: string | null, personalAccountNumber: string | null, jobCenter: { id: string, name: string } | null }> };

export type MyPersonalCasesUpdatedSubscriptionVariables = Exact<{
  sinceEventId?: string | null | undefined;
}>;


export type MyPersonalCasesUpdatedSubscription = { myPersonalCasesUpdated: { eventId: string, type: PersonalCaseChangeKind, status: PersonalCaseStatus, personalCase: { id: string, status: PersonalCaseStatus, purpose: PersonalCasePurpose, openedOn: string, closedOn: string | null, closeReason: string | null, personalAccountNumber: string | null, jobCenter: { id: string, name: string } | null } } };

export type FavoriteVacancyRowFragment = { id: string, addedAt: string, vacancy: { id: string, title: string, employerName: string, salaryFrom: number | null, salaryTo: number | null, city: string | null, status: VacancyStatus, isFavorite: boolean | null } | null };

export type MyFavoriteVacanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFavoriteVacanciesQuery = { myFavoriteVacancies: Array<{ id: string, addedAt: string, vacancy: { id: string, title: string, employerName: string, salaryFrom: number | null, salaryTo: number | null, city: string | null, status: VacancyStatus, isFavorite: boolean | null } | null }> };

export type AddFavoriteVacancyMutationVariables = Exact<{
  vacancyId: string;
}>;


export type AddFavoriteVacancyMutation = { addFavoriteVacancy: { id: string, vacancy: { id: string, isFavorite: boolean | null } | null } };

export type RemoveFavoriteVacancyMutationVariables = Exact<{
  vacancyId: string;
}>;


export type RemoveFavoriteVacancyMutation = { removeFavoriteVacancy: boolean };

export type MatchingResumesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingResumesQuery = { myResumes: Array<{ id: string, status: ResumeStatus, desiredPosition: string, keySkills: Array<string>, city: string | null, desiredSalary: number | null }> };

export type VacancyMatchesQueryVariables = Exact<{
  criteria: VacancyMatchCriteria;
}>;


export type VacancyMatchesQuery = { vacancyMatches: Array<{ score: number, reasons: Array<string>, vacancy: { id: string, title: string, employerName: string, salaryFrom: number | null, salaryTo: number | null, city: string | null, isFavorite: boolean | null } }> };

export type ResumeRowFragment = { id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, jobCenter: { id: string, name: string } | null };

export type ResumeCardFragment = { fieldOfActivity: string | null, keySkills: Array<string>, about: string | null, fullName: string | null, birthDate: string | null, phone: string | null, email: string | null, address: string | null, id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, educations: Array<{ level: EducationLevel, institution: string, specialty: string | null, graduationYear: number | null }> | null, experiences: Array<{ organization: string, position: string, from: string, to: string | null, duties: string | null }> | null, consent: { publish: boolean, publishName: boolean, publishAddress: boolean, publishPhone: boolean, publishAge: boolean } | null, history: Array<{ id: string, fromStatus: ResumeStatus | null, toStatus: ResumeStatus, changedAt: string, reason: string | null }> | null, jobCenter: { id: string, name: string } | null };

export type MyResumesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyResumesQuery = { myResumes: Array<{ id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, jobCenter: { id: string, name: string } | null }> };

export type ResumeQueryVariables = Exact<{
  id: string;
}>;


export type ResumeQuery = { resume: { fieldOfActivity: string | null, keySkills: Array<string>, about: string | null, fullName: string | null, birthDate: string | null, phone: string | null, email: string | null, address: string | null, id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, educations: Array<{ level: EducationLevel, institution: string, specialty: string | null, graduationYear: number | null }> | null, experiences: Array<{ organization: string, position: string, from: string, to: string | null, duties: string | null }> | null, consent: { publish: boolean, publishName: boolean, publishAddress: boolean, publishPhone: boolean, publishAge: boolean } | null, history: Array<{ id: string, fromStatus: ResumeStatus | null, toStatus: ResumeStatus, changedAt: string, reason: string | null }> | null, jobCenter: { id: string, name: string } | null } };

export type ResumeFormDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ResumeFormDataQuery = { me: { id: string, fullName: string, phone: string | null, email: string | null, birthDate: string | null, registrationAddress: string | null }, jobCenters: Array<{ id: string, name: string, city: string, address: string }> };

export type CreateResumeMutationVariables = Exact<{
  input: CreateResumeInput;
}>;


export type CreateResumeMutation = { createResume: { fieldOfActivity: string | null, keySkills: Array<string>, about: string | null, fullName: string | null, birthDate: string | null, phone: string | null, email: string | null, address: string | null, id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, educations: Array<{ level: EducationLevel, institution: string, specialty: string | null, graduationYear: number | null }> | null, experiences: Array<{ organization: string, position: string, from: string, to: string | null, duties: string | null }> | null, consent: { publish: boolean, publishName: boolean, publishAddress: boolean, publishPhone: boolean, publishAge: boolean } | null, history: Array<{ id: string, fromStatus: ResumeStatus | null, toStatus: ResumeStatus, changedAt: string, reason: string | null }> | null, jobCenter: { id: string, name: string } | null } };

export type UpdateResumeMutationVariables = Exact<{
  id: string;
  input: ResumeInput;
}>;


export type UpdateResumeMutation = { updateResume: { fieldOfActivity: string | null, keySkills: Array<string>, about: string | null, fullName: string | null, birthDate: string | null, phone: string | null, email: string | null, address: string | null, id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, educations: Array<{ level: EducationLevel, institution: string, specialty: string | null, graduationYear: number | null }> | null, experiences: Array<{ organization: string, position: string, from: string, to: string | null, duties: string | null }> | null, consent: { publish: boolean, publishName: boolean, publishAddress: boolean, publishPhone: boolean, publishAge: boolean } | null, history: Array<{ id: string, fromStatus: ResumeStatus | null, toStatus: ResumeStatus, changedAt: string, reason: string | null }> | null, jobCenter: { id: string, name: string } | null } };

export type ResumeUpdatedSubscriptionVariables = Exact<{
  sinceEventId?: string | null | undefined;
}>;


export type ResumeUpdatedSubscription = { resumeUpdated: { eventId: string, type: ResumeEventType, status: ResumeStatus, resume: { fieldOfActivity: string | null, keySkills: Array<string>, about: string | null, fullName: string | null, birthDate: string | null, phone: string | null, email: string | null, address: string | null, id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, educations: Array<{ level: EducationLevel, institution: string, specialty: string | null, graduationYear: number | null }> | null, experiences: Array<{ organization: string, position: string, from: string, to: string | null, duties: string | null }> | null, consent: { publish: boolean, publishName: boolean, publishAddress: boolean, publishPhone: boolean, publishAge: boolean } | null, history: Array<{ id: string, fromStatus: ResumeStatus | null, toStatus: ResumeStatus, changedAt: string, reason: string | null }> | null, jobCenter: { id: string, name: string } | null } } };

export type WithdrawResumeMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawResumeMutation = { withdrawResume: { fieldOfActivity: string | null, keySkills: Array<string>, about: string | null, fullName: string | null, birthDate: string | null, phone: string | null, email: string | null, address: string | null, id: string, status: ResumeStatus, desiredPosition: string, desiredSalary: number | null, city: string | null, rejectionReason: string | null, createdAt: string, updatedAt: string, educations: Array<{ level: EducationLevel, institution: string, specialty: string | null, graduationYear: number | null }> | null, experiences: Array<{ organization: string, position: string, from: string, to: string | null, duties: string | null }> | null, consent: { publish: boolean, publishName: boolean, publishAddress: boolean, publishPhone: boolean, publishAge: boolean } | null, history: Array<{ id: string, fromStatus: ResumeStatus | null, toStatus: ResumeStatus, changedAt: string, reason: string | null }> | null, jobCenter: { id: string, name: string } | null } };

export type CitizenServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenServicesQuery = { citizenServices: Array<{ service: CitizenService, appealType: AppealType | null, available: boolean, unavailableReason: string | null }> };

export type ApplicationDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationDataQuery = { me: { id: string, fullName: string, phone: string | null, email: string | null }, jobCenters: Array<{ id: string, name: string, city: string, address: string, workingHours: string, coordinates: { latitude: number, longitude: number } }> };

export type ApplicationFormOfQueryVariables = Exact<{
  type: AppealType;
}>;


export type ApplicationFormOfQuery = { applicationForm: { type: AppealType, groups: Array<{ key: string, title: string, description: string | null, fields: Array<{ key: string, label: string, kind: ApplicationFieldKind, required: boolean, maxLength: number | null, min: number | null, max: number | null, maxItems: number | null, hint: string | null, prefill: ProfileValue | null, inputField: string | null, options: Array<{ value: string, label: string }> }> }> } };

export type SubmitAppealMutationVariables = Exact<{
  input: SubmitAppealInput;
}>;


export type SubmitAppealMutation = { submitAppeal: { id: string, number: string, type: AppealType, status: AppealStatus, unread: boolean, createdAt: string, updatedAt: string, jobCenter: { id: string, name: string } | null } };

export type MySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySettingsQuery = { me: { id: string, fullName: string, birthDate: string | null, snils: string | null, registrationAddress: string | null, phone: string | null, email: string | null, signsInThroughEsia: boolean | null, passport: { series: string | null, number: string | null, issuedBy: string | null, issuedOn: string | null } | null } };

export type ChangeMyEmailMutationVariables = Exact<{
  email: string;
  password?: string | null | undefined;
}>;


export type ChangeMyEmailMutation = { changeMyEmail: { id: string, email: string | null } };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: boolean };

export type VacancySearchQueryVariables = Exact<{
  filter?: VacancySearchInput | null | undefined;
  sort?: VacancySort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type VacancySearchQuery = { vacancySearch: { total: number, totalExceedsLimit: boolean, bySimilarSpelling: boolean, items: Array<{ id: string, title: string, salaryFrom: number | null, salaryTo: number | null, employerName: string, city: string | null, region: string | null, schedule: WorkSchedule, employmentType: EmploymentType, createdAt: string, isFavorite: boolean | null }> } };

export type VacancyCardQueryVariables = Exact<{
  id: string;
}>;


export type VacancyCardQuery = { vacancy: { id: string, title: string, salaryFrom: number | null, salaryTo: number | null, employerName: string, city: string | null, region: string | null, schedule: WorkSchedule, employmentType: EmploymentType, duties: string | null, requirements: string | null, description: string | null, createdAt: string, isFavorite: boolean | null, jobCenter: { id: string, name: string, address: string, phone: string | null } | null } };

export type LocalitiesQueryVariables = Exact<{
  search?: string | null | undefined;
  region?: string | null | undefined;
}>;


export type LocalitiesQuery = { localities: Array<{ name: string, region: string }> };

export type BankFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BankFilterOptionsQuery = { localityRegions: Array<string>, jobCenters: Array<{ id: string, name: string }> };

export const AppealRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppealRowFragment, unknown>;
export const AppealCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealRow"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppealCardFragment, unknown>;
export const PersonalCaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonalCaseRowFragment, unknown>;
export const FavoriteVacancyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FavoriteVacancyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FavoriteVacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"salaryFrom"}},{"kind":"Field","name":{"kind":"Name","value":"salaryTo"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFavorite"}}]}}]}}]} as unknown as DocumentNode<FavoriteVacancyRowFragment, unknown>;
export const ResumeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResumeRowFragment, unknown>;
export const ResumeCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeRow"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActivity"}},{"kind":"Field","name":{"kind":"Name","value":"educations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keySkills"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"publishName"}},{"kind":"Field","name":{"kind":"Name","value":"publishAddress"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResumeCardFragment, unknown>;
export const MyAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAppeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyAppealsQuery, MyAppealsQueryVariables>;
export const AppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealCard"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealRow"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<AppealQuery, AppealQueryVariables>;
export const MarkAppealReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAppealRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAppealRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}}]}}]} as unknown as DocumentNode<MarkAppealReadMutation, MarkAppealReadMutationVariables>;
export const AppealUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppealUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sinceEventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sinceEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sinceEventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealRow"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<AppealUpdatedSubscription, AppealUpdatedSubscriptionVariables>;
export const MyPersonalCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPersonalCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPersonalCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalCaseRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyPersonalCasesQuery, MyPersonalCasesQueryVariables>;
export const MyPersonalCasesUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyPersonalCasesUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sinceEventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPersonalCasesUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sinceEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sinceEventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalCaseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyPersonalCasesUpdatedSubscription, MyPersonalCasesUpdatedSubscriptionVariables>;
export const MyFavoriteVacanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFavoriteVacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFavoriteVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FavoriteVacancyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FavoriteVacancyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FavoriteVacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"salaryFrom"}},{"kind":"Field","name":{"kind":"Name","value":"salaryTo"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isFavorite"}}]}}]}}]} as unknown as DocumentNode<MyFavoriteVacanciesQuery, MyFavoriteVacanciesQueryVariables>;
export const AddFavoriteVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFavoriteVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFavoriteVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isFavorite"}}]}}]}}]}}]} as unknown as DocumentNode<AddFavoriteVacancyMutation, AddFavoriteVacancyMutationVariables>;
export const RemoveFavoriteVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFavoriteVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFavoriteVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}}]}]}}]} as unknown as DocumentNode<RemoveFavoriteVacancyMutation, RemoveFavoriteVacancyMutationVariables>;
export const MatchingResumesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingResumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myResumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"keySkills"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}}]}}]}}]} as unknown as DocumentNode<MatchingResumesQuery, MatchingResumesQueryVariables>;
export const VacancyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyMatchCriteria"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"salaryFrom"}},{"kind":"Field","name":{"kind":"Name","value":"salaryTo"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"isFavorite"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyMatchesQuery, VacancyMatchesQueryVariables>;
export const MyResumesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyResumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myResumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyResumesQuery, MyResumesQueryVariables>;
export const ResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeRow"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActivity"}},{"kind":"Field","name":{"kind":"Name","value":"educations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keySkills"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"publishName"}},{"kind":"Field","name":{"kind":"Name","value":"publishAddress"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ResumeQuery, ResumeQueryVariables>;
export const ResumeFormDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResumeFormData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<ResumeFormDataQuery, ResumeFormDataQueryVariables>;
export const CreateResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeRow"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActivity"}},{"kind":"Field","name":{"kind":"Name","value":"educations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keySkills"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"publishName"}},{"kind":"Field","name":{"kind":"Name","value":"publishAddress"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CreateResumeMutation, CreateResumeMutationVariables>;
export const UpdateResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeRow"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActivity"}},{"kind":"Field","name":{"kind":"Name","value":"educations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keySkills"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"publishName"}},{"kind":"Field","name":{"kind":"Name","value":"publishAddress"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<UpdateResumeMutation, UpdateResumeMutationVariables>;
export const ResumeUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResumeUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sinceEventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sinceEventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sinceEventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeRow"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActivity"}},{"kind":"Field","name":{"kind":"Name","value":"educations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keySkills"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"publishName"}},{"kind":"Field","name":{"kind":"Name","value":"publishAddress"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ResumeUpdatedSubscription, ResumeUpdatedSubscriptionVariables>;
export const WithdrawResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPosition"}},{"kind":"Field","name":{"kind":"Name","value":"desiredSalary"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResumeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resume"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResumeRow"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfActivity"}},{"kind":"Field","name":{"kind":"Name","value":"educations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keySkills"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"publishName"}},{"kind":"Field","name":{"kind":"Name","value":"publishAddress"}},{"kind":"Field","name":{"kind":"Name","value":"publishPhone"}},{"kind":"Field","name":{"kind":"Name","value":"publishAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<WithdrawResumeMutation, WithdrawResumeMutationVariables>;
export const CitizenServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"appealType"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}}]}}]}}]} as unknown as DocumentNode<CitizenServicesQuery, CitizenServicesQueryVariables>;
export const ApplicationDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationDataQuery, ApplicationDataQueryVariables>;
export const ApplicationFormOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationFormOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"maxItems"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"}},{"kind":"Field","name":{"kind":"Name","value":"inputField"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationFormOfQuery, ApplicationFormOfQueryVariables>;
export const SubmitAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubmitAppealMutation, SubmitAppealMutationVariables>;
export const MySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"snils"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAddress"}},{"kind":"Field","name":{"kind":"Name","value":"passport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"signsInThroughEsia"}}]}}]}}]} as unknown as DocumentNode<MySettingsQuery, MySettingsQueryVariables>;
export const ChangeMyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ChangeMyEmailMutation, ChangeMyEmailMutationVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const VacancySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySearchInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancySearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalExceedsLimit"}},{"kind":"Field","name":{"kind":"Name","value":"bySimilarSpelling"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"salaryFrom"}},{"kind":"Field","name":{"kind":"Name","value":"salaryTo"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFavorite"}}]}}]}}]}}]} as unknown as DocumentNode<VacancySearchQuery, VacancySearchQueryVariables>;
export const VacancyCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"salaryFrom"}},{"kind":"Field","name":{"kind":"Name","value":"salaryTo"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFavorite"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyCardQuery, VacancyCardQueryVariables>;
export const LocalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Localities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<LocalitiesQuery, LocalitiesQueryVariables>;
export const BankFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localityRegions"}},{"kind":"Field","name":{"kind":"Name","value":"jobCenters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BankFilterOptionsQuery, BankFilterOptionsQueryVariables>;