/** What identity keeps of an ESIA person: the profile fields of `User`. */
export interface EsiaProfile {
  oid: string;
  fullName: string;
  trusted: boolean;
  snils: string | null;
  birthDate: string | null;
  passportSeries: string | null;
  passportNumber: string | null;
  passportIssuedBy: string | null;
  passportIssuedOn: string | null;
  registrationAddress: string | null;
  phone: string | null;
  email: string | null;
}

/** ESIA writes dates DD.MM.YYYY; identity keeps YYYY-MM-DD. Anything else is null. */
export function esiaDate(value: string | null | undefined): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value ?? '');
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
}

/** ESIA's +7(913)1234567 → +79131234567; null when it is not a Russian mobile number. */
export function esiaPhone(value: string | null | undefined): string | null {
  const digits = (value ?? '').replace(/\D/g, '');
  return /^7\d{10}$/.test(digits) ? `+${digits}` : null;
}

interface EsiaCollection<T> {
  elements?: T[];
}

export interface EsiaPersonResponse {
  firstName?: string;
  lastName?: string;
  middleName?: string;
  birthDate?: string;
  snils?: string;
  trusted?: boolean;
}

export interface EsiaDocument {
  type?: string;
  series?: string;
  number?: string;
  issueDate?: string;
  issuedBy?: string;
}

export interface EsiaAddress {
  type?: string;
  addressStr?: string;
}

export interface EsiaContact {
  type?: string;
  value?: string;
}

export function profileOf(
  oid: string,
  person: EsiaPersonResponse,
  docs: EsiaCollection<EsiaDocument>,
  addrs: EsiaCollection<EsiaAddress>,
  ctts: EsiaCollection<EsiaContact>,
): EsiaProfile {
  const passport = docs.elements?.find((doc) => doc.type === 'RF_PASSPORT');
  const registration = addrs.elements?.find((addr) => addr.type === 'PRG');
  const contact = (type: string) => ctts.elements?.find((ctt) => ctt.type === type)?.value ?? null;
  return {
    oid,
    fullName: [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' '),
    trusted: person.trusted === true,
    snils: person.snils ?? null,
    birthDate: esiaDate(person.birthDate),
    passportSeries: passport?.series ?? null,
    passportNumber: passport?.number ?? null,
    passportIssuedBy: passport?.issuedBy ?? null,
    passportIssuedOn: esiaDate(passport?.issueDate),
    registrationAddress: registration?.addressStr ?? null,
    phone: esiaPhone(contact('MBT')),
    email: contact('EML')?.toLowerCase() ?? null,
  };
}
