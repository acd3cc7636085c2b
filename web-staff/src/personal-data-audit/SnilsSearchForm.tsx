import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { SNILS_FORMAT_MESSAGE, snilsDigits } from './snils';

export interface SnilsSearchFormProps {
  /** The SNILS as it stands in the address, to fill the field with. */
  initial: string;
  /** Called with the 11 digits of a well-formed SNILS. */
  onSearch(digits: string): void;
  /** Why the SNILS of the address found nobody, shown on the field; a new one each time it is said. */
  refusal: { message: string } | null;
  searching: boolean;
}

/** «СНИЛС» and «Найти»: whose trail to read. */
export function SnilsSearchForm({ initial, onSearch, refusal, searching }: SnilsSearchFormProps) {
  const [form] = Form.useForm<{ snils: string }>();

  useEffect(() => {
    form.setFieldsValue({ snils: initial });
  }, [form, initial]);
  useEffect(() => {
    if (refusal) form.setFields([{ name: 'snils', errors: [refusal.message] }]);
  }, [form, refusal]);

  return (
    <Form<{ snils: string }>
      form={form}
      layout="inline"
      initialValues={{ snils: initial }}
      onFinish={({ snils }) => onSearch(snilsDigits(snils)!)}
      className="czn-gap"
    >
      <Form.Item
        label="СНИЛС"
        name="snils"
        extra="11 цифр, например 112-233-445 95"
        rules={[
          { required: true, whitespace: true, message: 'Введите СНИЛС человека' },
          {
            validator: (_, value: string | undefined) =>
              !value?.trim() || snilsDigits(value)
                ? Promise.resolve()
                : Promise.reject(new Error(SNILS_FORMAT_MESSAGE)),
          },
        ]}
      >
        <Input inputMode="numeric" autoComplete="off" maxLength={20} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={searching}>
          Найти
        </Button>
      </Form.Item>
    </Form>
  );
}
