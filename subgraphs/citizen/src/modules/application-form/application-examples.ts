import { AppealType } from '../appeal/appeal.enums';

/** One answer as SubmitAppealInput.fields takes it. */
export interface ApplicationFieldAnswerInput {
  key: string;
  value?: string;
  values?: string[];
}

/**
 * A whole, realistic application for each service, every field answered: what the demo appeals, the
 * test-data builder and the tests of whole submissions file.
 */
export const applicationExamples: Record<`${AppealType}`, ApplicationFieldAnswerInput[]> = {
  [AppealType.JOB_SEARCH_ASSISTANCE]: [
    { key: 'desiredPositions', values: ['Водитель категории C', 'Экспедитор'] },
    { key: 'salaryFrom', value: '55000' },
    { key: 'schedule', values: ['FULL_DAY', 'SHIFT'] },
    { key: 'employmentType', values: ['FULL'] },
    { key: 'workExperience', value: 'FROM_3_TO_6' },
    { key: 'lastPosition', value: 'ООО «АлтайАгроТранс», водитель-экспедитор' },
    { key: 'education', value: 'VOCATIONAL_SECONDARY' },
    { key: 'specialty', value: 'Техническое обслуживание и ремонт автомобильного транспорта' },
    { key: 'district', value: 'Барнаул' },
    { key: 'foundVacancies', values: [] },
    { key: 'wishes', value: 'Рассматриваю работу с командировками по краю, есть медицинская справка' },
  ],
  [AppealType.LABOR_MARKET_INFO]: [
    { key: 'topics', values: ['VACANCIES', 'SALARIES'] },
    { key: 'district', value: 'Бийск' },
    { key: 'question', value: 'Какие профессии сейчас востребованы в Бийске и какие зарплаты у сварщиков' },
  ],
  [AppealType.CAREER_GUIDANCE]: [
    { key: 'goal', value: 'CHANGE_PROFESSION' },
    { key: 'occupation', value: 'PARENTAL_LEAVE' },
    { key: 'interests', values: ['бухгалтерия', 'работа с людьми'] },
    { key: 'education', value: 'HIGHER_BACHELOR' },
    { key: 'format', value: 'IN_PERSON' },
    { key: 'testing', value: 'true' },
  ],
  [AppealType.PUBLIC_WORKS]: [
    { key: 'period', values: ['2027-05-01', '2027-08-31'] },
    { key: 'workKinds', values: ['LANDSCAPING', 'CLEANING'] },
    { key: 'schedule', value: 'PART_DAY' },
    { key: 'hoursPerDay', value: '4' },
    { key: 'district', value: 'Новоалтайск' },
  ],
  [AppealType.TEMPORARY_EMPLOYMENT]: [
    { key: 'category', value: 'MINOR' },
    { key: 'period', values: ['2027-06-01', '2027-07-31'] },
    { key: 'workKinds', values: ['SEASONAL', 'LANDSCAPING'] },
    { key: 'schedule', value: 'FULL_DAY' },
    { key: 'hoursPerDay', value: '6' },
    { key: 'district', value: 'Рубцовск' },
  ],
  [AppealType.VOCATIONAL_TRAINING]: [
    { key: 'programme', value: 'Оператор станков с программным управлением' },
    { key: 'trainingType', value: 'NEW_PROFESSION' },
    { key: 'studyForm', value: 'PART_TIME' },
    { key: 'startFrom', value: '2027-02-01' },
    { key: 'education', value: 'SECONDARY_GENERAL' },
    { key: 'specialty', value: 'Слесарь механосборочных работ' },
    { key: 'employerReady', value: 'true' },
    { key: 'employerName', value: 'ООО «Алтайские станочные системы»' },
  ],
  [AppealType.SELF_EMPLOYMENT_SUPPORT]: [
    {
      key: 'businessIdea',
      value:
        'Мастерская по ремонту бытовой техники в Заринске: ремонт на дому и в мастерской, выезд по району',
    },
    { key: 'field', value: 'CONSUMER_SERVICES' },
    { key: 'legalForm', value: 'SELF_EMPLOYED' },
    { key: 'experience', value: 'Восемь лет мастером сервисного центра «Техно-Сервис»' },
    { key: 'needs', values: ['SUBSIDY', 'BUSINESS_PLAN'] },
    { key: 'subsidyAmount', value: '350000' },
  ],
};
