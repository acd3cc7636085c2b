/**
 * The persons of the ESIA stub (`esia-stub/`): Gosuslugi accounts with their personal data. The demo citizens
 * ivanov and petrova are among them, linked to their portal accounts by oid so their appeals stay theirs.
 * Every stub account has the password `ESIA_DEMO_PASSWORD`.
 */
export interface DemoEsiaPerson {
  oid: string;
  /**
   * The demo portal account (a key of `demoUserIds`) the seed links to this person, if any. The demo employer
   * is not linked: his first ESIA sign-in links him, as his organisation's representative.
   */
  demoUser?: 'ivanov' | 'petrova';
  lastName: string;
  firstName: string;
  middleName: string;
  /** DD.MM.YYYY, as ESIA gives it. */
  birthDate: string;
  snils: string;
  trusted: boolean;
  phone: string;
  email: string;
  passport: { series: string; number: string; issuedBy: string; issueDate: string };
  registrationAddress: string;
  /** Organisations the person may act for (ESIA's /rs/prns/{oid}/roles). */
  organizations?: DemoEsiaOrganization[];
}

export interface DemoEsiaOrganization {
  oid: string;
  shortName: string;
  fullName: string;
  ogrn: string;
  inn: string;
  chief: boolean;
}

export const ESIA_DEMO_PASSWORD = 'gosuslugi123';

export const demoEsiaOids = {
  ivanov: '1000000001',
  petrova: '1000000002',
  sidorov: '1000000003',
  unconfirmed: '1000000004',
  employer: '1000000005',
} as const;

export const demoEsiaPersons: DemoEsiaPerson[] = [
  {
    oid: demoEsiaOids.ivanov,
    demoUser: 'ivanov',
    lastName: 'Иванов',
    firstName: 'Иван',
    middleName: 'Иванович',
    birthDate: '14.03.1985',
    snils: '112-233-445 95',
    trusted: true,
    phone: '+79131234567',
    email: 'ivanov@example.ru',
    passport: {
      series: '0105',
      number: '123456',
      issuedBy: 'ГУ МВД России по Алтайскому краю',
      issueDate: '20.03.2005',
    },
    registrationAddress: 'Алтайский край, г. Барнаул, пр-кт Ленина, д. 10, кв. 5',
  },
  {
    oid: demoEsiaOids.petrova,
    demoUser: 'petrova',
    lastName: 'Петрова',
    firstName: 'Анна',
    middleName: 'Сергеевна',
    birthDate: '02.09.1992',
    snils: '123-456-789 64',
    trusted: true,
    phone: '+79609876543',
    email: 'petrova@example.ru',
    passport: {
      series: '0112',
      number: '654321',
      issuedBy: 'ТП УФМС России по Алтайскому краю в г. Бийске',
      issueDate: '15.09.2012',
    },
    registrationAddress: 'Алтайский край, г. Бийск, ул. Советская, д. 3, кв. 17',
  },
  {
    oid: demoEsiaOids.sidorov,
    lastName: 'Сидоров',
    firstName: 'Пётр',
    middleName: 'Николаевич',
    birthDate: '30.11.1978',
    snils: '987-654-321 00',
    trusted: true,
    phone: '+79039998877',
    email: 'sidorov@example.ru',
    passport: {
      series: '0103',
      number: '112233',
      issuedBy: 'Отделом внутренних дел г. Рубцовска Алтайского края',
      issueDate: '05.12.2003',
    },
    registrationAddress: 'Алтайский край, г. Рубцовск, ул. Октябрьская, д. 21',
  },
  {
    oid: demoEsiaOids.unconfirmed,
    lastName: 'Кузьмина',
    firstName: 'Ольга',
    middleName: 'Викторовна',
    birthDate: '11.06.2001',
    snils: '111-222-333 96',
    trusted: false,
    phone: '+79231112233',
    email: 'kuzmina@example.ru',
    passport: {
      series: '0121',
      number: '445566',
      issuedBy: 'ГУ МВД России по Алтайскому краю',
      issueDate: '20.06.2021',
    },
    registrationAddress: 'Алтайский край, г. Новоалтайск, ул. Деповская, д. 7',
  },
  {
    oid: demoEsiaOids.employer,
    lastName: 'Соколов',
    firstName: 'Андрей',
    middleName: 'Викторович',
    birthDate: '08.02.1980',
    snils: '145-236-789 01',
    trusted: true,
    phone: '+79135550101',
    email: 'sokolov@teplye-okna.example.ru',
    passport: {
      series: '0104',
      number: '778899',
      issuedBy: 'ГУ МВД России по Алтайскому краю',
      issueDate: '12.02.2004',
    },
    registrationAddress: 'Алтайский край, г. Барнаул, ул. Попова, д. 56, кв. 12',
    organizations: [
      {
        oid: '2000000001',
        shortName: 'ООО «Алтайские тёплые окна»',
        fullName: 'Общество с ограниченной ответственностью «Алтайские тёплые окна»',
        ogrn: '1152225145093',
        inn: '2225015698',
        chief: true,
      },
    ],
  },
];
