import { describeFailure } from '@czn/ui';
import { Alert, Button, Flex, Form, Input, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';

export interface DecisionFormProps {
  /** Gets the trimmed text; a rejection is shown in the form, on the field when the server names it. */
  onSubmit(text: string): Promise<unknown>;
  onCancel(): void;
}

interface DecisionFormSpec {
  /** The mutation's argument, which the server names in `extensions.field`. */
  field: string;
  label: string;
  /** Said when the field is left empty. */
  missing: string;
  maxLength: number;
  submitLabel: string;
  danger?: boolean;
}

type Values = Record<string, unknown>;

/**
 * One required text that decides an appeal or a referral: its result or the reason for a refusal; `children`
 * are further fields of the decision, which the owner of `form` reads.
 */
export function DecisionForm({
  spec,
  onSubmit,
  onCancel,
  form: given,
  children,
}: DecisionFormProps & { spec: DecisionFormSpec; form?: FormInstance<Values>; children?: ReactNode }) {
  const { field, label, missing, maxLength, submitLabel, danger = false } = spec;
  const [form] = Form.useForm<Values>(given);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(String(values[field] ?? '').trim());
    } catch (error) {
      const { message, field: blamed } = describeFailure(error);
      if (blamed === field) form.setFields([{ name: field, errors: [message] }]);
      else setFailure(message);
    } finally {
      setBusy(false);
    }
  };

  const notTooLong = async (_: unknown, value: string | undefined) => {
    const length = (value ?? '').trim().length;
    if (length > maxLength) throw new Error(`Не больше ${maxLength} символов (сейчас ${length})`);
  };

  return (
    <Form<Values> form={form} name={`decision-${field}`} layout="vertical" requiredMark onFinish={submit}>
      <Form.Item
        label={label}
        name={field}
        rules={[{ required: true, whitespace: true, message: missing }, { validator: notTooLong }]}
      >
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 4, maxRows: 12 }}
          count={{ show: true, max: maxLength }}
        />
      </Form.Item>
      {children}
      {failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}
      <Flex wrap gap="small">
        <Button type="primary" danger={danger} htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Отмена
        </Button>
      </Flex>
    </Form>
  );
}
