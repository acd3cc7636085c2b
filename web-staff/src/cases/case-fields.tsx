import { personalCaseStatusLabels } from '@czn/ui';
import { Form, Input, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { PersonalCaseStatus } from '../gql/graphql';

/** The staff who keep personal cases, as the citizen subgraph admits them. */
const CASE_ROLES = ['REGISTRAR', 'CAREER_CONSULTANT', 'ADMIN'];
export const keepsCases = (roles: readonly string[]): boolean =>
  roles.some((role) => CASE_ROLES.includes(role));

/** The statuses an open case may have; closing is its own action. */
export const OPEN_STATUSES: PersonalCaseStatus[] = ['JOB_SEEKER', 'UNEMPLOYED'];
export const openStatusOptions = OPEN_STATUSES.map((value) => ({
  value,
  label: personalCaseStatusLabels[value],
}));

export const ACCOUNT_FORMAT = 'Номер лицевого счёта — от 6 до 20 цифр, например 40817810000000012345';
export const accountIsWellFormed = (value: string | undefined): boolean =>
  !value?.trim() || /^\d{6,20}$/.test(value.replace(/[\s-]/g, ''));

/** Today in the region, YYYY-MM-DD, as a case's opening date defaults to. */
export const regionToday = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Barnaul' }).format(new Date());

export interface NewCaseValues {
  status: PersonalCaseStatus;
  openedOn: string;
  personalAccountNumber?: string;
}

/** Status, opening date and personal account of a case being opened; `name` prefixes the fields in a bigger form. */
export function NewCaseFields({ name = [] }: { name?: NamePath[] }) {
  const at = (field: string) => [...(name as string[]), field];
  return (
    <>
      <Form.Item
        label="Статус"
        name={at('status')}
        initialValue="JOB_SEEKER"
        rules={[{ required: true, message: 'Выберите статус' }]}
      >
        <Select options={openStatusOptions} style={{ maxWidth: 260 }} />
      </Form.Item>
      <Form.Item
        label="Дата открытия"
        name={at('openedOn')}
        initialValue={regionToday()}
        rules={[
          { required: true, message: 'Укажите дату открытия' },
          {
            validator: (_, value: string | undefined) =>
              !value || value <= regionToday()
                ? Promise.resolve()
                : Promise.reject(new Error('Дата не может быть позже сегодняшней')),
          },
        ]}
      >
        <Input type="date" max={regionToday()} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item
        label="Лицевой счёт"
        name={at('personalAccountNumber')}
        extra="Если счёт открыт; от 6 до 20 цифр"
        rules={[
          {
            validator: (_, value: string | undefined) =>
              accountIsWellFormed(value) ? Promise.resolve() : Promise.reject(new Error(ACCOUNT_FORMAT)),
          },
        ]}
      >
        <Input inputMode="numeric" autoComplete="off" maxLength={30} style={{ maxWidth: 280 }} />
      </Form.Item>
    </>
  );
}
