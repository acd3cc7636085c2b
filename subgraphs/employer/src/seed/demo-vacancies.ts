import { demoJobCenterIds } from '@czn/demo';
import { VacancyStatus } from '../modules/vacancy/vacancy.entity';

/**
 * Demo vacancies across the Altai Krai job centres. Organisations are fictional; salaries are monthly,
 * in roubles, before tax. Ids and creation times are fixed, so seeding again changes nothing.
 */
export const demoVacancies = [
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000001',
    title: 'Оператор станков с ЧПУ',
    salaryFrom: 55000,
    salaryTo: 75000,
    employerName: 'ООО «Алтайские станочные системы»',
    description:
      'Наладка и работа на токарных и фрезерных станках с ЧПУ (Fanuc, Siemens), чтение чертежей, контроль размеров. Сменный график 2/2, доставка служебным транспортом.',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.barnaul,
    createdAt: new Date('2026-11-20T09:15:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000002',
    title: 'Медицинская сестра',
    salaryFrom: 38000,
    salaryTo: 48000,
    employerName: 'ООО «Медицинский центр «Катунь-Мед»',
    description:
      'Работа в дневном стационаре: процедуры, перевязки, ведение документации. Требуется сертификат или аккредитация по специальности «Сестринское дело».',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.biysk,
    createdAt: new Date('2026-11-19T10:40:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000003',
    title: 'Продавец-кассир',
    salaryFrom: 32000,
    salaryTo: 38000,
    employerName: 'ООО «Торговый дом «Степной»',
    description:
      'Обслуживание покупателей, работа на кассе, выкладка товара. График 5/2 или 2/2, обучение на месте.',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.rubtsovsk,
    createdAt: new Date('2026-11-18T08:30:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000004',
    title: 'Водитель категории C',
    salaryFrom: 60000,
    salaryTo: 80000,
    employerName: 'ООО «АлтайАгроТранс»',
    description:
      'Перевозка зерна и сельхозпродукции по краю на автомобилях КАМАЗ. Стаж вождения категории C от 3 лет, наличие карты водителя для тахографа.',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.novoaltaisk,
    createdAt: new Date('2026-11-17T14:05:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000005',
    title: 'Бухгалтер',
    salaryFrom: null,
    salaryTo: null,
    employerName: 'ООО «Кулундинская мельница»',
    description:
      'Учёт первичных документов, расчёты с поставщиками, сверки, работа в 1С:Бухгалтерия 8.3. Заработная плата по результатам собеседования.',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.slavgorod,
    createdAt: new Date('2026-11-16T11:20:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000006',
    title: 'Учитель математики',
    salaryFrom: 40000,
    salaryTo: null,
    employerName: 'МБОУ «Средняя общеобразовательная школа № 12»',
    description:
      'Преподавание математики в 5–9 классах, классное руководство по желанию. Высшее педагогическое образование; молодым специалистам — краевые выплаты.',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.aleisk,
    createdAt: new Date('2026-11-14T09:00:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000007',
    title: 'Электрогазосварщик',
    salaryFrom: 65000,
    salaryTo: 90000,
    employerName: 'ООО «Металлоконструкции Бии»',
    description:
      'Сварка металлоконструкций ручной дуговой и полуавтоматической сваркой, чтение чертежей. Разряд не ниже 4-го, удостоверение НАКС приветствуется.',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.biysk,
    createdAt: new Date('2026-11-12T13:45:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000008',
    title: 'Повар',
    salaryFrom: 35000,
    salaryTo: 45000,
    employerName: 'ООО «Комбинат питания «Алтайская трапеза»',
    description: null,
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.barnaul,
    createdAt: new Date('2026-11-10T10:10:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000009',
    title: 'Тракторист-машинист сельскохозяйственного производства',
    salaryFrom: 45000,
    salaryTo: 70000,
    employerName: 'СПК «Заря Приобья»',
    description:
      'Работа на тракторах К-744 и МТЗ-82 в полевой сезон и на подвозе кормов зимой. Удостоверение тракториста-машиниста категорий B, C, E. Предоставляется жильё.',
    status: VacancyStatus.ACTIVE,
    jobCenterId: demoJobCenterIds.kamenNaObi,
    createdAt: new Date('2026-11-06T08:00:00+07:00'),
  },
  {
    id: '9e3f1c7a-6b2d-4d8e-a5f0-000000000010',
    title: 'Инженер-технолог',
    salaryFrom: 50000,
    salaryTo: 65000,
    employerName: 'ООО «Заринский завод строительных смесей»',
    description: 'Разработка и контроль технологических карт производства сухих строительных смесей.',
    status: VacancyStatus.WITHDRAWN,
    jobCenterId: demoJobCenterIds.zarinsk,
    createdAt: new Date('2026-11-02T15:30:00+07:00'),
  },
];
