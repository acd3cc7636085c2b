import { useMutation } from '@apollo/client/react';
import { describeFailure, personalCaseStatusLabels, useToast } from '@czn/ui';
import { Alert, Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import type { StaffPersonalCaseFragment } from '../gql/graphql';
import { ACCOUNT_FORMAT, accountIsWellFormed, openStatusOptions } from './case-fields';
import { CHANGE_PERSONAL_CASE_STATUS, CLOSE_PERSONAL_CASE, SET_PERSONAL_ACCOUNT } from './operations';

type Action = 'status' | 'account' | 'close';

interface ActionFormProps {
  name: string;
  submitLabel: string;
  danger?: boolean;
  onSubmit(values: Record<string, string>): Promise<unknown>;
  onDone(): void;
  children: React.ReactNode;
}

/** One action's form: its fields, a failure said on the field the server names or above the buttons. */
function ActionForm({ name, submitLabel, danger, onSubmit, onDone, children }: ActionFormProps) {
  const [form] = Form.useForm<Record<string, string>>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: Record<string, string>) => {
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(values);
      onDone();
    } catch (error) {
      const { message, field } = describeFailure(error);
      if (field && form.getFieldInstance(field) !== undefined)
        form.setFields([{ name: field, errors: [message] }]);
      else setFailure(message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} name={name} layout="vertical" requiredMark onFinish={(values) => void submit(values)}>
      {children}
      {failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}
      <Flex wrap gap="small">
        <Button type="primary" danger={danger} htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onDone} disabled={busy}>
          Отмена
        </Button>
      </Flex>
    </Form>
  );
}

const reasonItem = (label: string, missing: string) => (
  <Form.Item label={label} name="reason" rules={[{ required: true, whitespace: true, message: missing }]}>
    <Input.TextArea
      autoSize={{ minRows: 2, maxRows: 8 }}
      count={{ show: true, max: 2000 }}
      maxLength={2000}
    />
  </Form.Item>
);

/** Change the status with a reason, set the personal account, close with a reason; nothing once closed. */
export function CaseActions({ personalCase }: { personalCase: StaffPersonalCaseFragment }) {
  const toast = useToast();
  const [open, setOpen] = useState<Action | null>(null);
  const [changeStatus] = useMutation(CHANGE_PERSONAL_CASE_STATUS);
  const [setAccount] = useMutation(SET_PERSONAL_ACCOUNT);
  const [close] = useMutation(CLOSE_PERSONAL_CASE);
  if (personalCase.status === 'CLOSED') return null;
  const { id } = personalCase;
  const toggle = (action: Action) => setOpen((current) => (current === action ? null : action));
  const done = (message: string) => () => {
    setOpen(null);
    toast.success(message);
  };
  const otherStatuses = openStatusOptions.filter((option) => option.value !== personalCase.status);

  return (
    <section aria-labelledby="case-actions" className="czn-gap">
      <Typography.Title level={2} id="case-actions">
        Действия
      </Typography.Title>
      <Flex wrap gap="small" className="czn-gap">
        <Button type="primary" aria-expanded={open === 'status'} onClick={() => toggle('status')}>
          Изменить статус
        </Button>
        <Button aria-expanded={open === 'account'} onClick={() => toggle('account')}>
          {personalCase.personalAccountNumber ? 'Изменить лицевой счёт' : 'Указать лицевой счёт'}
        </Button>
        <Button danger aria-expanded={open === 'close'} onClick={() => toggle('close')}>
          Закрыть личное дело
        </Button>
      </Flex>
      {open === 'status' && (
        <ActionForm
          name="case-status"
          submitLabel="Изменить статус"
          onSubmit={({ status, reason }) =>
            changeStatus({
              variables: { id, status: status as 'JOB_SEEKER' | 'UNEMPLOYED', reason: reason!.trim() },
            })
          }
          onDone={done('Статус личного дела изменён')}
        >
          <Form.Item
            label={`Новый статус (сейчас «${personalCaseStatusLabels[personalCase.status]}»)`}
            name="status"
            initialValue={otherStatuses[0]?.value}
            rules={[{ required: true, message: 'Выберите статус' }]}
          >
            <Select options={otherStatuses} style={{ maxWidth: 260 }} />
          </Form.Item>
          {reasonItem('Причина', 'Укажите причину изменения статуса')}
        </ActionForm>
      )}
      {open === 'account' && (
        <ActionForm
          name="case-account"
          submitLabel="Сохранить лицевой счёт"
          onSubmit={({ number }) => setAccount({ variables: { id, number: number!.trim() } })}
          onDone={done('Лицевой счёт сохранён')}
        >
          <Form.Item
            label="Номер лицевого счёта"
            name="number"
            initialValue={personalCase.personalAccountNumber ?? ''}
            rules={[
              { required: true, whitespace: true, message: 'Укажите номер лицевого счёта' },
              {
                validator: (_, value: string | undefined) =>
                  accountIsWellFormed(value) ? Promise.resolve() : Promise.reject(new Error(ACCOUNT_FORMAT)),
              },
            ]}
          >
            <Input inputMode="numeric" autoComplete="off" maxLength={30} style={{ maxWidth: 280 }} />
          </Form.Item>
        </ActionForm>
      )}
      {open === 'close' && (
        <ActionForm
          name="case-close"
          submitLabel="Закрыть личное дело"
          danger
          onSubmit={({ reason }) => close({ variables: { id, reason: reason!.trim() } })}
          onDone={done('Личное дело закрыто')}
        >
          {reasonItem('Причина закрытия', 'Укажите причину закрытия')}
        </ActionForm>
      )}
    </section>
  );
}
