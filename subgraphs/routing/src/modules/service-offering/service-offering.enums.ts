import { registerEnumType } from 'type-graphql';

/** Column «Тип (услуга / сервис)» of the life-situation catalogue. */
export const ServiceOfferingType = {
  SERVICE: 'SERVICE',
  SUPPORT_SERVICE: 'SUPPORT_SERVICE',
} as const;
export type ServiceOfferingType = (typeof ServiceOfferingType)[keyof typeof ServiceOfferingType];

registerEnumType(ServiceOfferingType, {
  name: 'ServiceOfferingType',
  description: 'Тип: услуга или сервис',
  valuesConfig: {
    SERVICE: { description: 'Услуга' },
    SUPPORT_SERVICE: {
      description: 'Сервис: сопровождающая консультация или мера (не обязательно цифровая)',
    },
  },
});

/** Column «Вид». */
export const ServiceOfferingKind = {
  STATE_SERVICE: 'STATE_SERVICE',
  AUTHORITY: 'AUTHORITY',
  ADDITIONAL: 'ADDITIONAL',
  INFORMATION_CONSULTING: 'INFORMATION_CONSULTING',
} as const;
export type ServiceOfferingKind = (typeof ServiceOfferingKind)[keyof typeof ServiceOfferingKind];

registerEnumType(ServiceOfferingKind, {
  name: 'ServiceOfferingKind',
  description: 'Вид услуги',
  valuesConfig: {
    STATE_SERVICE: { description: 'Государственная услуга' },
    AUTHORITY: { description: 'Полномочие в области содействия занятости населения' },
    ADDITIONAL: { description: 'Дополнительная услуга, если её оказывает сторонний поставщик-партнёр' },
    INFORMATION_CONSULTING: { description: 'Информационно-консультационный сервис' },
  },
});

/** Column «Отметка об обязательности оказания в рамках ЖС». */
export const MandatoryMark = {
  REQUIRED: 'REQUIRED',
  DEPENDS: 'DEPENDS',
  NOT_REQUIRED: 'NOT_REQUIRED',
} as const;
export type MandatoryMark = (typeof MandatoryMark)[keyof typeof MandatoryMark];

registerEnumType(MandatoryMark, {
  name: 'MandatoryMark',
  description: 'Обязательность оказания в рамках жизненной ситуации',
  valuesConfig: {
    REQUIRED: { description: '«+»: обязательная, минимально необходимая' },
    DEPENDS: { description: '«+/-»: рекомендуемая, оказывается по обстоятельствам' },
    NOT_REQUIRED: { description: 'Без отметки: может оказываться при обслуживании гражданина' },
  },
});
