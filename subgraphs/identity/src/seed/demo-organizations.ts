import { demoOrganizationIds } from '@czn/demo';

/**
 * Demo employers of Altai Krai. Fictional: the INN and OGRN have valid check digits but name no real
 * company. The demo `employer` account represents the first one; the others own the remaining demo
 * vacancies (the employer subgraph's seed).
 */
export const demoOrganizations = [
  {
    id: demoOrganizationIds.altaiWarmWindows,
    name: 'Общество с ограниченной ответственностью «Алтайские тёплые окна»',
    shortName: 'ООО «Алтайские тёплые окна»',
    inn: '2225015698',
    kpp: '222501001',
    ogrn: '1152225145093',
  },
  {
    id: demoOrganizationIds.altaiMachineSystems,
    name: 'Общество с ограниченной ответственностью «Алтайские станочные системы»',
    shortName: 'ООО «Алтайские станочные системы»',
    inn: '2223495086',
    kpp: '222301001',
    ogrn: '1082223356445',
  },
  {
    id: demoOrganizationIds.katunMed,
    name: 'Общество с ограниченной ответственностью «Медицинский центр «Катунь-Мед»',
    shortName: 'ООО «Медицинский центр «Катунь-Мед»',
    inn: '2204161345',
    kpp: '220401001',
    ogrn: '1122204737335',
  },
  {
    id: demoOrganizationIds.stepnoy,
    name: 'Общество с ограниченной ответственностью «Торговый дом «Степной»',
    shortName: 'ООО «Торговый дом «Степной»',
    inn: '2209783759',
    kpp: '220901001',
    ogrn: '1112209540530',
  },
  {
    id: demoOrganizationIds.altaiAgroTrans,
    name: 'Общество с ограниченной ответственностью «АлтайАгроТранс»',
    shortName: 'ООО «АлтайАгроТранс»',
    inn: '2208045692',
    kpp: '220801001',
    ogrn: '1172208720815',
  },
  {
    id: demoOrganizationIds.kulundaMill,
    name: 'Общество с ограниченной ответственностью «Кулундинская мельница»',
    shortName: 'ООО «Кулундинская мельница»',
    inn: '2210645320',
    kpp: '221001001',
    ogrn: '1032210092188',
  },
  {
    id: demoOrganizationIds.school12Aleisk,
    name: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»',
    shortName: 'МБОУ «Средняя общеобразовательная школа № 12»',
    inn: '2231632522',
    kpp: '223101001',
    ogrn: '1022231947506',
  },
  {
    id: demoOrganizationIds.metalBiya,
    name: 'Общество с ограниченной ответственностью «Металлоконструкции Бии»',
    shortName: 'ООО «Металлоконструкции Бии»',
    inn: '2204727415',
    kpp: '220401001',
    ogrn: '1102204961055',
  },
  {
    id: demoOrganizationIds.altaiTrapeza,
    name: 'Общество с ограниченной ответственностью «Комбинат питания «Алтайская трапеза»',
    shortName: 'ООО «Комбинат питания «Алтайская трапеза»',
    inn: '2224841317',
    kpp: '222401001',
    ogrn: '1142224120180',
  },
  {
    id: demoOrganizationIds.zaryaPriobya,
    name: 'Сельскохозяйственный производственный кооператив «Заря Приобья»',
    shortName: 'СПК «Заря Приобья»',
    inn: '2207702994',
    kpp: '220701001',
    ogrn: '1022207814716',
  },
  {
    id: demoOrganizationIds.zarinskMixes,
    name: 'Общество с ограниченной ответственностью «Заринский завод строительных смесей»',
    shortName: 'ООО «Заринский завод строительных смесей»',
    inn: '2205808709',
    kpp: '220501001',
    ogrn: '1092205115529',
  },
];
