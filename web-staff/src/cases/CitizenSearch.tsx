import { useLazyQuery } from '@apollo/client/react';
import { describeFailure, formatDate, ResponsiveList, type ListColumn } from '@czn/ui';
import { Alert, Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FindCitizensQuery } from '../gql/graphql';
import { SNILS_FORMAT_MESSAGE, snilsDigits } from '../personal-data-audit/snils';
import { FIND_CITIZENS } from './operations';

type Found = FindCitizensQuery['findCitizens'][number];
type By = 'snils' | 'fullName';

const columns: ListColumn<Found>[] = [
  {
    key: 'fullName',
    title: 'ФИО',
    render: (citizen) => <Link to={`/cases?citizen=${citizen.id}`}>{citizen.fullName}</Link>,
  },
  {
    key: 'birthDate',
    title: 'Дата рождения',
    render: (citizen) => (citizen.birthDate ? formatDate(citizen.birthDate) : '—'),
  },
  { key: 'snils', title: 'СНИЛС', render: (citizen) => citizen.snils ?? '—' },
];

/** «Найти гражданина» by SNILS or full name; each search is in the found people's personal-data trail. */
export function CitizenSearch() {
  const [form] = Form.useForm<{ by: By; text: string }>();
  const by = Form.useWatch('by', form) ?? 'snils';
  const [find, { data, loading, error, called }] = useLazyQuery(FIND_CITIZENS, {
    fetchPolicy: 'network-only',
  });
  const [searched, setSearched] = useState('');

  const search = async ({ by, text }: { by: By; text: string }) => {
    setSearched(text.trim());
    const variables = by === 'snils' ? { snils: text.trim() } : { fullName: text.trim() };
    try {
      await find({ variables });
    } catch (failure) {
      const { message, field } = describeFailure(failure);
      if (field === 'snils' || field === 'fullName') form.setFields([{ name: 'text', errors: [message] }]);
    }
  };

  const failure = error ? describeFailure(error) : null;
  return (
    <section aria-labelledby="citizen-search">
      <Typography.Title level={2} id="citizen-search">
        Найти гражданина
      </Typography.Title>
      <Form<{ by: By; text: string }>
        form={form}
        name="citizen-search"
        layout="vertical"
        initialValues={{ by: 'snils', text: '' }}
        onFinish={(values) => void search(values)}
        role="search"
      >
        <Form.Item label="Искать по" name="by">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'snils', label: 'СНИЛС' },
              { value: 'fullName', label: 'ФИО' },
            ]}
            onChange={() => form.setFields([{ name: 'text', errors: [] }])}
          />
        </Form.Item>
        <Form.Item
          label={by === 'snils' ? 'СНИЛС гражданина' : 'ФИО гражданина'}
          name="text"
          extra={
            by === 'snils' ? '11 цифр, например 112-233-445 95' : 'Фамилия и имя полностью, можно с отчеством'
          }
          rules={[
            { required: true, whitespace: true, message: by === 'snils' ? 'Введите СНИЛС' : 'Введите ФИО' },
            {
              validator: (_, value: string | undefined) =>
                by !== 'snils' || !value?.trim() || snilsDigits(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(SNILS_FORMAT_MESSAGE)),
            },
          ]}
        >
          <Input autoComplete="off" maxLength={120} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          Найти
        </Button>
      </Form>
      {failure && !failure.field && (
        <Alert type="error" showIcon title={failure.message} className="czn-gap" />
      )}
      <div aria-live="polite">
        {called && !loading && data && (
          <ResponsiveList<Found>
            label={`Найденные граждане: ${searched}`}
            items={data.findCitizens}
            itemKey={(citizen) => citizen.id}
            columns={columns}
            empty="Никого не нашли: проверьте СНИЛС или ФИО"
          />
        )}
      </div>
    </section>
  );
}
