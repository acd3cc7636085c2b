import { useMutation } from '@apollo/client/react';
import { describeFailure, formatDateTime, useToast } from '@czn/ui';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { REQUEST_PERSONAL_DATA_ACCESS } from './operations';
import { formatSnils } from './snils';

export const REASON_REQUIRED = 'Напишите, зачем вашему ЦЗН данные этого человека (не короче 10 символов)';

/**
 * «Запросить доступ»: for a person unrelated to the administrator's centre, an explicit request with a reason.
 * The centre reaches the person for a day, and the request is in the person's trail.
 */
export function AccessRequestForm({ snils, onGranted }: { snils: string; onGranted(): void }) {
  const toast = useToast();
  const [form] = Form.useForm<{ reason: string }>();
  const [request, { loading }] = useMutation(REQUEST_PERSONAL_DATA_ACCESS);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    try {
      const { data } = await request({ variables: { subject: { snils }, reason: reason.trim() } });
      void toast.success(
        `Доступ открыт до ${formatDateTime(data!.requestPersonalDataAccess.expiresAt as string)}; запрос записан в журнал человека.`,
      );
      onGranted();
    } catch (error) {
      const { field, message } = describeFailure(error);
      if (field === 'reason') form.setFields([{ name: 'reason', errors: [message] }]);
      else setFailure(message);
    }
  };

  return (
    <section aria-labelledby="access-request" className="czn-gap">
      <h2 id="access-request">Запросить доступ</h2>
      <Typography.Paragraph>
        Если человек со СНИЛС {formatSnils(snils)} не обращался в ваш ЦЗН, а его данные нужны по службе,
        запросите доступ с обоснованием. Доступ откроется на сутки; запрос и обоснование увидят в журнале
        человека.
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}
      <Form<{ reason: string }> form={form} layout="vertical" onFinish={(fields) => void submit(fields)}>
        <Form.Item
          label="Обоснование"
          name="reason"
          rules={[{ required: true, whitespace: true, min: 10, message: REASON_REQUIRED }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          Запросить доступ
        </Button>
      </Form>
    </section>
  );
}
