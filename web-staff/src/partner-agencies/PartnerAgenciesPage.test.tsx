/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FULL_NAME_REQUIRED, LOGIN_REQUIRED, PASSWORD_REQUIRED } from './AddAgencyUser';
import { LABEL_REQUIRED } from './IssueApiKey';
import {
  CREATE_PARTNER_API_KEY,
  CREATE_PARTNER_USER,
  DEACTIVATE_PARTNER_USER,
  PARTNER_AGENCIES,
  REVOKE_PARTNER_API_KEY,
} from './operations';
import PartnerAgenciesPage from './PartnerAgenciesPage';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const BAILIFFS = 'ОСП Центрального района г. Барнаула';
const KEY = 'czn_a1b2c3d4e5_QmFpbGlmZnMtb2ZmaWNlLWtleS1mb3ItdGhlLXRlc3RzLTAx';

const apiKey = (id: string, label: string, prefix: string, revokedAt: string | null = null) => ({
  __typename: 'PartnerApiKey' as const,
  id,
  label,
  prefix,
  createdAt: '2026-11-20T02:15:00.000Z',
  revokedAt,
});

const fsspKey = apiKey('key-1', 'АИС ФССП', 'f0e1d2c3b4');
const oldKey = apiKey('key-0', 'Старая система', '0123456789', '2026-11-21T03:00:00.000Z');
const issuedKey = apiKey('key-2', 'Обмен с ЦЗН', 'a1b2c3d4e5');

const agencyUser = (id: string, fullName: string, login: string, email: string | null, active = true) => ({
  __typename: 'User' as const,
  id,
  fullName,
  login,
  email,
  active,
});

const orlova = agencyUser('user-7', 'Орлова Марина Викторовна', 'osp.barnaul', 'orlova@fssp.example.ru');
const gromov = agencyUser('user-8', 'Громов Павел Сергеевич', 'p.gromov', null, false);
const belova = agencyUser('user-9', 'Белова Ирина Юрьевна', 'i.belova', null);

const agencies = (
  bailiffsKeys: ReturnType<typeof apiKey>[],
  bailiffsUsers: ReturnType<typeof agencyUser>[] = [],
): MockLink.MockedResponse => ({
  request: { query: PARTNER_AGENCIES },
  result: {
    data: {
      partnerAgencies: [
        {
          __typename: 'PartnerAgency',
          id: 'agency-1',
          name: 'Кризисный центр «Надежда»',
          kind: 'CRISIS_CENTER',
          apiKeys: [],
          users: [],
        },
        {
          __typename: 'PartnerAgency',
          id: 'agency-2',
          name: BAILIFFS,
          kind: 'BAILIFFS_OFFICE',
          apiKeys: bailiffsKeys,
          users: bailiffsUsers,
        },
      ],
    },
  },
});

function showPage(mocks: MockLink.MockedResponse[]) {
  const cache = new InMemoryCache();
  render(
    <MockedProvider mocks={mocks} cache={cache}>
      <UiProvider>
        <PartnerAgenciesPage />
      </UiProvider>
    </MockedProvider>,
  );
  return { user: userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never }), cache };
}

// Role queries and pointer-events checks compute styles, which takes seconds a query in jsdom under antd's
// styles: elements are found by their text and labels instead.
const dialogTitled = async (title: string) =>
  (await screen.findByText(title)).closest<HTMLElement>('[role="dialog"]')!;
const buttonIn = (container: HTMLElement, text: string) =>
  within(container).getByText(text).closest<HTMLButtonElement>('button')!;

const agencyRegion = async () => (await screen.findByText(BAILIFFS)).closest<HTMLElement>('[role="region"]')!;
const rowTexts = (table: HTMLElement) =>
  [...table.querySelectorAll('tr[data-row-key]')].map((row) =>
    [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent),
  );

test('each agency shows its kind in Russian and its keys: label, prefix, issue date, active or revoked', async () => {
  showPage([agencies([fsspKey, oldKey])]);
  const bailiffs = await agencyRegion();
  expect(within(bailiffs).getByText('Отделение судебных приставов (ОСП)')).toBeTruthy();
  expect(rowTexts(within(bailiffs).getByLabelText(`Ключи API: ${BAILIFFS}`))).toEqual([
    ['АИС ФССП', 'czn_f0e1d2c3b4_…', '20.11.2026 09:15', 'ДействуетОтозвать'],
    ['Старая система', 'czn_0123456789_…', '20.11.2026 09:15', 'Отозван 21.11.2026'],
  ]);
  const crisis = screen.getByText('Кризисный центр «Надежда»').closest<HTMLElement>('[role="region"]')!;
  expect(within(crisis).getByText('Кризисный центр (психолог)')).toBeTruthy();
  expect(within(crisis).getByText('Ключей пока нет')).toBeTruthy();
});

test('a key needs a label: an empty or blank one is not sent, and the field says why', async () => {
  const { user } = showPage([agencies([])]);
  await user.click(within(await agencyRegion()).getByLabelText(`Выпустить ключ: ${BAILIFFS}`));
  const dialog = await dialogTitled(`Новый ключ API: ${BAILIFFS}`);
  await user.click(buttonIn(dialog, 'Выпустить ключ'));
  expect(await within(dialog).findByText(LABEL_REQUIRED)).toBeTruthy();

  await user.type(within(dialog).getByLabelText('Название ключа'), '   ');
  await user.click(buttonIn(dialog, 'Выпустить ключ'));
  expect(await within(dialog).findByText(LABEL_REQUIRED)).toBeTruthy();
  expect(within(dialog).queryByLabelText('Ключ API')).toBeNull();
});

test('the issued key is shown once, with the warning and a copy button; closing the dialog forgets it', async () => {
  const { user, cache } = showPage([
    agencies([]),
    {
      request: { query: CREATE_PARTNER_API_KEY, variables: { agencyId: 'agency-2', label: 'Обмен с ЦЗН' } },
      result: {
        data: { createPartnerApiKey: { __typename: 'CreatedPartnerApiKey', apiKey: issuedKey, key: KEY } },
      },
    },
    agencies([issuedKey]),
  ]);
  const issue = within(await agencyRegion()).getByLabelText(`Выпустить ключ: ${BAILIFFS}`);
  await user.click(issue);
  const form = await dialogTitled(`Новый ключ API: ${BAILIFFS}`);
  await user.type(within(form).getByLabelText('Название ключа'), ' Обмен с ЦЗН ');
  await user.click(buttonIn(form, 'Выпустить ключ'));

  const shown = await dialogTitled(`Ключ выпущен: ${BAILIFFS}`);
  expect((within(shown).getByLabelText('Ключ API') as HTMLTextAreaElement).value).toBe(KEY);
  const warning = shown.querySelector('[role="alert"]')!.textContent;
  expect(warning).toContain('Ключ показывается только сейчас');
  expect(warning).toContain('защищённым каналом');
  await user.click(buttonIn(shown, 'Скопировать ключ'));
  expect(await navigator.clipboard.readText()).toBe(KEY);
  expect(await screen.findByText('Ключ скопирован в буфер обмена')).toBeTruthy();

  await user.click(buttonIn(shown, 'Ключ сохранён, закрыть'));
  await waitFor(() => expect(screen.queryByDisplayValue(KEY)).toBeNull());
  expect(JSON.stringify(cache.extract())).not.toContain(KEY);
  expect(await screen.findByText('czn_a1b2c3d4e5_…')).toBeTruthy();

  await user.click(issue);
  const again = await dialogTitled(`Новый ключ API: ${BAILIFFS}`);
  expect((within(again).getByLabelText('Название ключа') as HTMLInputElement).value).toBe('');
  expect(screen.queryByDisplayValue(KEY)).toBeNull();
});

test('revoking asks first, says it cannot be undone, then shows the key as revoked', async () => {
  const { user } = showPage([
    agencies([fsspKey]),
    {
      request: { query: REVOKE_PARTNER_API_KEY, variables: { id: 'key-1' } },
      result: {
        data: {
          revokePartnerApiKey: {
            __typename: 'PartnerApiKey',
            id: 'key-1',
            revokedAt: '2026-11-22T05:00:00.000Z',
          },
        },
      },
    },
  ]);
  const bailiffs = await agencyRegion();
  await user.click(within(bailiffs).getByLabelText('Отозвать ключ «АИС ФССП»'));
  const dialog = await dialogTitled('Отозвать ключ «АИС ФССП»?');
  expect(dialog.textContent).toContain('czn_f0e1d2c3b4_…');
  expect(dialog.textContent).toContain('Отменить отзыв нельзя');

  await user.click(buttonIn(dialog, 'Отмена'));
  expect(within(bailiffs).getByText('Действует')).toBeTruthy();

  await user.click(within(bailiffs).getByLabelText('Отозвать ключ «АИС ФССП»'));
  const confirm = await dialogTitled('Отозвать ключ «АИС ФССП»?');
  await user.click(buttonIn(confirm, 'Отозвать ключ'));
  expect(await within(bailiffs).findByText('Отозван 22.11.2026')).toBeTruthy();
  expect(within(bailiffs).queryByLabelText('Отозвать ключ «АИС ФССП»')).toBeNull();
  expect(
    await screen.findByText('Ключ «АИС ФССП» отозван: запросы с ним больше не принимаются'),
  ).toBeTruthy();
});

test('each agency lists its employees: name, login, e-mail, and whether the account works', async () => {
  showPage([agencies([], [orlova, gromov])]);
  const bailiffs = await agencyRegion();
  expect(rowTexts(within(bailiffs).getByLabelText(`Сотрудники ведомства: ${BAILIFFS}`))).toEqual([
    ['Орлова Марина Викторовна', 'osp.barnaul', 'orlova@fssp.example.ru', 'ДействуетОтключить'],
    ['Громов Павел Сергеевич', 'p.gromov', '—', 'Отключена'],
  ]);
  const crisis = screen.getByText('Кризисный центр «Надежда»').closest<HTMLElement>('[role="region"]')!;
  expect(within(crisis).getByText('Сотрудников пока нет')).toBeTruthy();
});

const newBelova = {
  agencyId: 'agency-2',
  fullName: 'Белова Ирина Юрьевна',
  login: 'i.belova',
  password: 'Приставы2026',
  email: null,
};

async function fillNewUser(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, login: string) {
  await user.type(within(dialog).getByLabelText('ФИО'), ' Белова Ирина Юрьевна ');
  await user.type(within(dialog).getByLabelText('Логин'), login);
  await user.type(within(dialog).getByLabelText('Начальный пароль'), 'Приставы2026');
}

test('a new employee needs a name, a login and a password; the server’s complaint is shown on its field', async () => {
  const { user } = showPage([
    agencies([]),
    {
      request: {
        query: CREATE_PARTNER_USER,
        variables: { input: { ...newBelova, login: 'operator.barnaul' } },
      },
      result: {
        errors: [
          {
            message: 'Логин «operator.barnaul» уже занят: придумайте другой',
            extensions: { code: 'BAD_USER_INPUT', field: 'login' },
          },
        ],
      },
    },
  ]);
  await user.click(within(await agencyRegion()).getByLabelText(`Добавить сотрудника: ${BAILIFFS}`));
  const dialog = await dialogTitled(`Новый сотрудник: ${BAILIFFS}`);
  expect(dialog.textContent).toContain(
    'Не короче 10 символов, буквы и цифры, без пробелов и без логина внутри',
  );
  await user.click(buttonIn(dialog, 'Создать учётную запись'));
  expect(await within(dialog).findByText(FULL_NAME_REQUIRED)).toBeTruthy();
  expect(within(dialog).getByText(LOGIN_REQUIRED)).toBeTruthy();
  expect(within(dialog).getByText(PASSWORD_REQUIRED)).toBeTruthy();

  await fillNewUser(user, dialog, 'operator.barnaul');
  await user.click(buttonIn(dialog, 'Создать учётную запись'));
  const complaint = await within(dialog).findByText('Логин «operator.barnaul» уже занят: придумайте другой');
  expect(complaint.closest('.ant-form-item')!.textContent).toContain('Логин');
});

test('a created employee appears in the agency’s list, and the administrator is told to hand over the password', async () => {
  const { user } = showPage([
    agencies([]),
    {
      request: { query: CREATE_PARTNER_USER, variables: { input: newBelova } },
      result: { data: { createPartnerUser: belova } },
    },
    agencies([], [belova]),
  ]);
  const bailiffs = await agencyRegion();
  await user.click(within(bailiffs).getByLabelText(`Добавить сотрудника: ${BAILIFFS}`));
  const dialog = await dialogTitled(`Новый сотрудник: ${BAILIFFS}`);
  await fillNewUser(user, dialog, 'i.belova');
  await user.click(buttonIn(dialog, 'Создать учётную запись'));

  expect(
    await screen.findByText(
      'Учётная запись создана: Белова Ирина Юрьевна, логин i.belova. Передайте сотруднику начальный пароль лично.',
    ),
  ).toBeTruthy();
  expect(await within(bailiffs).findByText('i.belova')).toBeTruthy();
  await waitFor(() => expect(screen.queryByLabelText('Начальный пароль')).toBeNull());
});

test('switching an employee off asks first, says they can no longer sign in and their sessions end', async () => {
  const { user } = showPage([
    agencies([], [orlova]),
    {
      request: { query: DEACTIVATE_PARTNER_USER, variables: { id: 'user-7' } },
      result: { data: { deactivatePartnerUser: { __typename: 'User', id: 'user-7', active: false } } },
    },
  ]);
  const bailiffs = await agencyRegion();
  const switchOff = within(bailiffs).getByLabelText('Отключить учётную запись: Орлова Марина Викторовна');
  await user.click(switchOff);
  const dialog = await dialogTitled('Отключить учётную запись Орлова Марина Викторовна?');
  expect(dialog.textContent).toContain('больше не сможет войти под логином osp.barnaul');
  expect(dialog.textContent).toContain('сеансы этой учётной записи завершатся сразу');

  await user.click(buttonIn(dialog, 'Отмена'));
  expect(within(bailiffs).getByText('Действует')).toBeTruthy();

  await user.click(switchOff);
  const confirm = await dialogTitled('Отключить учётную запись Орлова Марина Викторовна?');
  await user.click(buttonIn(confirm, 'Отключить'));
  expect(await within(bailiffs).findByText('Отключена')).toBeTruthy();
  expect(within(bailiffs).queryByLabelText('Отключить учётную запись: Орлова Марина Викторовна')).toBeNull();
  expect(await screen.findByText('Учётная запись osp.barnaul отключена')).toBeTruthy();
});
