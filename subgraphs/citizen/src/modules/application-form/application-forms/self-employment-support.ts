import { AppealType } from '../../appeal/appeal.enums';
import { choices, contactsGroup, field, group } from '../application-form.build';
import { ApplicationFieldKind as Kind } from '../application-form.enums';
import type { ApplicationForm } from '../application-form.types';

/** Заявление на содействие самозанятости безработных граждан: the business idea and the help needed. */
export const selfEmploymentSupportForm: ApplicationForm = {
  type: AppealType.SELF_EMPLOYMENT_SUPPORT,
  groups: [
    group('business', 'Своё дело', [
      field(Kind.TEXTAREA, 'businessIdea', 'Бизнес-идея', {
        required: true,
        maxLength: 4000,
        hint: 'Что вы будете делать, для кого и где',
      }),
      field(Kind.SELECT, 'field', 'Сфера деятельности', {
        required: true,
        options: choices({
          TRADE: 'Торговля',
          CONSUMER_SERVICES: 'Бытовые услуги',
          AGRICULTURE: 'Сельское хозяйство',
          MANUFACTURING: 'Производство',
          DIGITAL: 'IT и цифровые услуги',
          TOURISM: 'Туризм и гостеприимство',
          CRAFTS: 'Ремёсла',
          OTHER: 'Другое',
        }),
      }),
      field(Kind.SELECT, 'legalForm', 'Форма ведения дела', {
        options: choices({
          SELF_EMPLOYED: 'Самозанятость (налог на профессиональный доход)',
          SOLE_PROPRIETOR: 'Индивидуальный предприниматель',
          COMPANY: 'Юридическое лицо',
          UNDECIDED: 'Пока не решил(а)',
        }),
      }),
      field(Kind.TEXTAREA, 'experience', 'Опыт в этой сфере', { maxLength: 2000 }),
    ]),
    group('support', 'Какая помощь нужна', [
      field(Kind.MULTISELECT, 'needs', 'Нужна помощь', {
        required: true,
        options: choices({
          SUBSIDY: 'Единовременная финансовая помощь (субсидия)',
          CONSULTATION: 'Консультация по открытию дела',
          BUSINESS_PLAN: 'Помощь в составлении бизнес-плана',
          TRAINING: 'Обучение основам предпринимательства',
        }),
      }),
      field(Kind.MONEY, 'subsidyAmount', 'Сумма субсидии, ₽', {
        min: 1,
        max: 1_000_000,
        hint: 'Если нужна финансовая помощь: сколько планируете запросить',
      }),
    ]),
    contactsGroup,
  ],
};
