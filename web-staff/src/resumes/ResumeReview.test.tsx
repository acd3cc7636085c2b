/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { REJECT_RESUME, STAFF_RESUME } from './operations';
import { ResumeReview } from './ResumeReview';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const resume = (status: 'PENDING_REVIEW' | 'REJECTED', rejectionReason: string | null) => ({
  __typename: 'Resume' as const,
  id: 'resume-1',
  status,
  desiredPosition: 'Бухгалтер',
  fullName: 'Петрова Анна Сергеевна',
  city: 'Барнаул',
  submittedAt: '2026-12-01T08:20:00.000Z',
  updatedAt: '2026-12-01T08:20:00.000Z',
  fieldOfActivity: null,
  desiredSalary: 48000,
  educations: [],
  experiences: [],
  keySkills: ['1С:ЗУП'],
  about: null,
  birthDate: '1992-09-02',
  phone: '+79609876543',
  email: null,
  address: null,
  rejectionReason,
  consent: {
    __typename: 'ResumeConsent' as const,
    publish: true,
    publishName: false,
    publishAddress: true,
    publishPhone: false,
    publishAge: true,
  },
  history: [],
});

/** The card as the page shows it: from the cache, which the decision's answer updates. */
function Card() {
  const { data } = useQuery(STAFF_RESUME, { variables: { id: 'resume-1' } });
  return data?.resume ? <ResumeReview resume={data.resume} news="" error={undefined} /> : null;
}

const REASON = 'Уберите телефон из раздела «О себе»';

test('staff refuse a resume with a reason; the card then shows the refusal and no more decisions', async () => {
  render(
    <MockedProvider
      cache={new InMemoryCache()}
      mocks={[
        {
          request: { query: STAFF_RESUME, variables: { id: 'resume-1' } },
          result: { data: { resume: resume('PENDING_REVIEW', null) } },
        },
        {
          request: { query: REJECT_RESUME, variables: { id: 'resume-1', reason: REASON } },
          result: { data: { rejectResume: resume('REJECTED', REASON) } },
        },
      ]}
    >
      <UiProvider>
        <Card />
      </UiProvider>
    </MockedProvider>,
  );
  expect(await screen.findByText('Петрова Анна Сергеевна')).toBeTruthy();
  expect(screen.getByText('публикация: да; ФИО: нет; адрес: да; телефоны: нет; возраст: да')).toBeTruthy();
  const user = userEvent.setup();
  await user.click(screen.getByText('Отказать в публикации'));
  await user.type(screen.getByLabelText('Причина отказа: что соискателю исправить'), REASON);
  await user.click(screen.getAllByText('Отказать в публикации').at(-1)!);
  expect(await screen.findByText('Причина отказа')).toBeTruthy();
  expect(screen.getByText(REASON)).toBeTruthy();
  expect(await screen.findByText('Отказано')).toBeTruthy();
  expect(screen.queryByText('Принять резюме')).toBeNull();
});
