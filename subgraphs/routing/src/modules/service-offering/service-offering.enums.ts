import { registerLabelledEnum } from '@czn/kernel';

/** Column «Тип (услуга / сервис)» of the life-situation catalogue. */
export const ServiceOfferingType = {
  SERVICE: 'SERVICE',
  SUPPORT_SERVICE: 'SUPPORT_SERVICE',
} as const;
export type ServiceOfferingType = (typeof ServiceOfferingType)[keyof typeof ServiceOfferingType];

registerLabelledEnum(
  ServiceOfferingType,
  'ServiceOfferingType',
  { SERVICE: 'Услуга', SUPPORT_SERVICE: 'Сервис' },
  'Тип: услуга или сервис (сервис — сопровождающая консультация или мера, не обязательно цифровая)',
);

/** Column «Вид». */
export const ServiceOfferingKind = {
  STATE_SERVICE: 'STATE_SERVICE',
  AUTHORITY: 'AUTHORITY',
  ADDITIONAL: 'ADDITIONAL',
  INFORMATION_CONSULTING: 'INFORMATION_CONSULTING',
} as const;
export type ServiceOfferingKind = (typeof ServiceOfferingKind)[keyof typeof ServiceOfferingKind];

registerLabelledEnum(
  ServiceOfferingKind,
  'ServiceOfferingKind',
  {
    STATE_SERVICE: 'Государственная услуга',
    AUTHORITY: 'Полномочие в области содействия занятости населения',
    ADDITIONAL: 'Дополнительная услуга',
    INFORMATION_CONSULTING: 'Информационно-консультационный сервис',
  },
  'Вид услуги; дополнительная услуга — та, которую оказывает сторонний поставщик-партнёр',
);

/** Column «Отметка об обязательности оказания в рамках ЖС». */
export const MandatoryMark = {
  REQUIRED: 'REQUIRED',
  DEPENDS: 'DEPENDS',
  NOT_REQUIRED: 'NOT_REQUIRED',
} as const;
export type MandatoryMark = (typeof MandatoryMark)[keyof typeof MandatoryMark];

registerLabelledEnum(
  MandatoryMark,
  'MandatoryMark',
  { REQUIRED: 'Обязательная', DEPENDS: 'Рекомендуемая', NOT_REQUIRED: 'Без отметки' },
  'Обязательность оказания в рамках жизненной ситуации: «+» — обязательная, минимально необходимая; ' +
    '«+/-» — рекомендуемая, оказывается по обстоятельствам; без отметки — может оказываться при обслуживании гражданина',
);
