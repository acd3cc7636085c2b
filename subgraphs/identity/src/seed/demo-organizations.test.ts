import { demoOrganizations } from './demo-organizations';

/** The check digits the tax service gives a legal entity's INN (10 digits) and OGRN (13 digits). */
const innCheckDigit = (inn: string) =>
  ([2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((sum, weight, i) => sum + weight * Number(inn[i]), 0) % 11) % 10;
const ogrnCheckDigit = (ogrn: string) => Number(BigInt(ogrn.slice(0, 12)) % 11n) % 10;

test.each(demoOrganizations.map((o) => [o.shortName, o] as const))(
  'demo organisation %s has a well-formed INN, KPP and OGRN',
  (_name, organization) => {
    expect(organization.inn).toMatch(/^22\d{8}$/);
    expect(Number(organization.inn[9])).toBe(innCheckDigit(organization.inn));
    expect(organization.kpp).toMatch(/^\d{9}$/);
    expect(organization.kpp.slice(0, 4)).toBe(organization.inn.slice(0, 4));
    expect(organization.ogrn).toMatch(/^1\d{2}22\d{8}$/);
    expect(Number(organization.ogrn[12])).toBe(ogrnCheckDigit(organization.ogrn));
  },
);

test('demo organisations have distinct ids and INNs', () => {
  expect(new Set(demoOrganizations.map((o) => o.id)).size).toBe(demoOrganizations.length);
  expect(new Set(demoOrganizations.map((o) => o.inn)).size).toBe(demoOrganizations.length);
});
