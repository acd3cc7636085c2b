import { useMutation } from '@apollo/client/react';
import { describeFailure, useToast } from '@czn/ui';
import { Alert, Button, Form } from 'antd';
import { useState } from 'react';
import { NewCaseFields, type NewCaseValues } from './case-fields';
import { CITIZEN_PERSONAL_CASES, JOB_CENTER_PERSONAL_CASES, OPEN_PERSONAL_CASE } from './operations';

const FIELDS = new Set(['status', 'openedOn', 'personalAccountNumber']);

/** «Открыть личное дело» for the citizen found, at the staff member's centre. */
export function OpenPersonalCaseForm({
  citizenId,
  onOpened,
}: {
  citizenId: string;
  onOpened(id: string): void;
}) {
  const [form] = Form.useForm<NewCaseValues>();
  const toast = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  // One key per form: a retry after a lost answer gets the case the first attempt opened.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [open, { loading }] = useMutation(OPEN_PERSONAL_CASE, {
    refetchQueries: [CITIZEN_PERSONAL_CASES, JOB_CENTER_PERSONAL_CASES],
  });

  const submit = async (values: NewCaseValues) => {
    setFailure(null);
    try {
      const { data } = await open({
        variables: {
          input: {
            citizenId,
            status: values.status,
            openedOn: values.openedOn,
            personalAccountNumber: values.personalAccountNumber?.trim() || null,
            idempotencyKey,
          },
        },
      });
      toast.success('Личное дело открыто');
      onOpened(data!.openPersonalCase.id);
    } catch (error) {
      const { message, field } = describeFailure(error);
      if (field && FIELDS.has(field))
        form.setFields([{ name: field as keyof NewCaseValues, errors: [message] }]);
      else setFailure(message);
    }
  };

  return (
    <Form<NewCaseValues>
      form={form}
      name="open-personal-case"
      layout="vertical"
      requiredMark
      onFinish={(values) => void submit(values)}
    >
      <NewCaseFields />
      {failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}
      <Button type="primary" htmlType="submit" loading={loading}>
        Открыть личное дело
      </Button>
    </Form>
  );
}
