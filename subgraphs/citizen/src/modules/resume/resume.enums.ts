import { registerLabelledEnum } from '@czn/kernel';

export enum ResumeStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** The statuses' labels in DOMAIN.md, as citizens and staff read them. */
export const resumeStatusLabels: Record<ResumeStatus, string> = {
  PENDING_REVIEW: 'Ожидает проверки',
  ACTIVE: 'Активное',
  REJECTED: 'Отказано',
  WITHDRAWN: 'Снято с публикации',
};

registerLabelledEnum(ResumeStatus, 'ResumeStatus', resumeStatusLabels, 'Статус проверки резюме в ЦЗН');

export enum EducationLevel {
  SECONDARY = 'SECONDARY',
  SECONDARY_VOCATIONAL = 'SECONDARY_VOCATIONAL',
  INCOMPLETE_HIGHER = 'INCOMPLETE_HIGHER',
  BACHELOR = 'BACHELOR',
  SPECIALIST = 'SPECIALIST',
  MASTER = 'MASTER',
  POSTGRADUATE = 'POSTGRADUATE',
}

registerLabelledEnum(
  EducationLevel,
  'EducationLevel',
  {
    SECONDARY: 'Среднее общее',
    SECONDARY_VOCATIONAL: 'Среднее профессиональное',
    INCOMPLETE_HIGHER: 'Неоконченное высшее',
    BACHELOR: 'Высшее — бакалавриат',
    SPECIALIST: 'Высшее — специалитет',
    MASTER: 'Высшее — магистратура',
    POSTGRADUATE: 'Высшее — подготовка кадров высшей квалификации',
  },
  'Уровень образования',
);

/** The personal fields a citizen may hide from those who read the published resume (seed 000's checkboxes). */
export enum ResumePersonalField {
  FULL_NAME = 'FULL_NAME',
  ADDRESS = 'ADDRESS',
  PHONE = 'PHONE',
  AGE = 'AGE',
}

registerLabelledEnum(
  ResumePersonalField,
  'ResumePersonalField',
  {
    FULL_NAME: 'ФИО скрыто соискателем',
    ADDRESS: 'Адрес скрыт соискателем',
    PHONE: 'Телефоны скрыты соискателем',
    AGE: 'Возраст скрыт соискателем',
  },
  'Личные сведения, которые соискатель не разрешил публиковать',
);

export enum ResumeEventType {
  SUBMITTED = 'SUBMITTED',
  EDITED = 'EDITED',
  RESUBMITTED = 'RESUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerLabelledEnum(ResumeEventType, 'ResumeEventType', {
  SUBMITTED: 'Резюме отправлено на проверку',
  EDITED: 'Резюме, ожидающее проверки, изменено',
  RESUBMITTED: 'Резюме исправлено и снова отправлено на проверку',
  ACCEPTED: 'Резюме принято',
  REJECTED: 'В публикации резюме отказано',
  WITHDRAWN: 'Резюме снято с публикации соискателем',
});
