import { useMutation } from '@apollo/client/react';
import { describeFailure, useToast } from '@czn/ui';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useId, useState } from 'react';
import { CREATE_PARTNER_API_KEY, PARTNER_AGENCIES } from './operations';

export const LABEL_REQUIRED = 'Назовите ключ: для какой системы ведомства он выпускается';

interface Agency {
  id: string;
  name: string;
}

/**
 * «Выпустить ключ» for one agency: asks for the key's label, then shows the whole key once. The key lives
 * only in this component's state and is forgotten when the dialog closes.
 */
export function IssueApiKey({ agency }: { agency: Agency }) {
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-label={`Выпустить ключ: ${agency.name}`}>
        Выпустить ключ
      </Button>
      <Modal
        open={open}
        title={key ? `Ключ выпущен: ${agency.name}` : `Новый ключ API: ${agency.name}`}
        onCancel={() => setOpen(false)}
        afterClose={() => setKey(null)}
        footer={null}
        mask={{ closable: false }}
        destroyOnHidden
        width={640}
      >
        {key ? (
          <IssuedApiKey apiKey={key} onClose={() => setOpen(false)} />
        ) : (
          <ApiKeyLabelForm agencyId={agency.id} onIssued={setKey} onCancel={() => setOpen(false)} />
        )}
      </Modal>
    </>
  );
}

function ApiKeyLabelForm({
  agencyId,
  onIssued,
  onCancel,
}: {
  agencyId: string;
  onIssued: (key: string) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<{ label: string }>();
  const [create, { loading }] = useMutation(CREATE_PARTNER_API_KEY, { refetchQueries: [PARTNER_AGENCIES] });
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async ({ label }: { label: string }) => {
    setFailure(null);
    try {
      const { data } = await create({ variables: { agencyId, label: label.trim() } });
      onIssued(data!.createPartnerApiKey.key);
    } catch (error) {
      const { field, message } = describeFailure(error);
      if (field === 'label') form.setFields([{ name: 'label', errors: [message] }]);
      else setFailure(message);
    }
  };
  return (
    <Form form={form} layout="vertical" requiredMark onFinish={submit} disabled={loading}>
      <div role="alert">{failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}</div>
      <Form.Item
        label="Название ключа"
        name="label"
        extra="Для какой системы ведомства выпускается ключ, например «АИС ФССП, обмен с ЦЗН»"
        rules={[{ required: true, whitespace: true, message: LABEL_REQUIRED }]}
      >
        <Input autoComplete="off" autoFocus />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={loading}>
          Выпустить ключ
        </Button>
        <Button onClick={onCancel}>Отмена</Button>
      </Space>
    </Form>
  );
}

function IssuedApiKey({ apiKey, onClose }: { apiKey: string; onClose: () => void }) {
  const toast = useToast();
  const field = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      void toast.success('Ключ скопирован в буфер обмена');
    } catch {
      void toast.error('Не удалось скопировать ключ: выделите его в поле и скопируйте вручную');
    }
  };
  return (
    <>
      <Alert
        role="alert"
        type="warning"
        showIcon
        title="Ключ показывается только сейчас"
        description="Передайте его ведомству защищённым каналом, не открытой почтой и не в мессенджере. После закрытия окна ключ больше не будет показан: платформа хранит только его хеш. Если ключ потеряют, выпустите новый и отзовите этот."
        className="czn-gap"
      />
      <label htmlFor={field} className="staff-line">
        Ключ API
      </label>
      {/* Two rows hold the key on a phone too; antd's autoSize would copy it into a textarea of its own, left
          on the page after the dialog closes. */}
      <Input.TextArea id={field} readOnly value={apiKey} rows={2} className="staff-api-key czn-gap" />
      <Space wrap>
        <Button type="primary" onClick={() => void copy()} autoFocus>
          Скопировать ключ
        </Button>
        <Button onClick={onClose}>Ключ сохранён, закрыть</Button>
      </Space>
    </>
  );
}
