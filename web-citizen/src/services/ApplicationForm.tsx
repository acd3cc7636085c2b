import { Alert, Button, Descriptions, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import type { ApplicationDataQuery } from '../gql/graphql';
import { JobCenterMap } from './JobCenterMap';
import { isRussianMobileOrCityPhone, PHONE_FORMAT_MESSAGE } from './phone';

export interface ApplicationValues {
  jobCenterId: string;
  contactPhone: string;
  contactEmail: string;
  comment: string;
}

/** A field the server refused, with its message; shown on that field. */
export interface FieldProblem {
  field: keyof ApplicationValues | null;
  message: string;
}

export const COMMENT_LIMIT = 2000;

export interface ApplicationFormProps {
  serviceLabel: string;
  profile: ApplicationDataQuery['me'];
  jobCenters: ApplicationDataQuery['jobCenters'];
  busy: boolean;
  problem: FieldProblem | null;
  onSubmit(values: ApplicationValues): void;
}

/** The application for a service: contacts prefilled from the profile, a job centre from the list or map. */
export function ApplicationForm({
  serviceLabel,
  profile,
  jobCenters,
  busy,
  problem,
  onSubmit,
}: ApplicationFormProps) {
  const [form] = Form.useForm<ApplicationValues>();
  const jobCenterId = Form.useWatch('jobCenterId', form);
  const chosen = jobCenters.find((center) => center.id === jobCenterId);

  useEffect(() => {
    if (problem?.field) form.setFields([{ name: problem.field, errors: [problem.message] }]);
  }, [form, problem]);

  const submit = (values: ApplicationValues) =>
    onSubmit({
      jobCenterId: values.jobCenterId,
      contactPhone: values.contactPhone.trim(),
      contactEmail: (values.contactEmail ?? '').trim(),
      comment: (values.comment ?? '').trim(),
    });

  return (
    <Form<ApplicationValues>
      form={form}
      layout="vertical"
      requiredMark
      disabled={busy}
      initialValues={{ contactPhone: profile.phone ?? '', contactEmail: profile.email ?? '' }}
      onFinish={submit}
      scrollToFirstError
    >
      <Descriptions
        bordered
        column={1}
        size="small"
        className="czn-gap"
        items={[
          { key: 'service', label: 'Услуга', children: serviceLabel },
          { key: 'applicant', label: 'Заявитель', children: profile.fullName },
        ]}
      />
      <Form.Item
        label="Контактный телефон"
        name="contactPhone"
        rules={[
          { required: true, whitespace: true, message: 'Укажите контактный телефон' },
          {
            validator: (_, value: string | undefined) =>
              !value?.trim() || isRussianMobileOrCityPhone(value)
                ? Promise.resolve()
                : Promise.reject(new Error(PHONE_FORMAT_MESSAGE)),
          },
        ]}
      >
        <Input type="tel" autoComplete="tel" placeholder="+7 (XXX) XXX-XX-XX" />
      </Form.Item>
      <Form.Item
        label="Электронная почта"
        name="contactEmail"
        rules={[{ type: 'email', message: 'Проверьте адрес электронной почты, например ivanov@mail.ru' }]}
      >
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Form.Item
        label="Центр занятости"
        name="jobCenterId"
        rules={[{ required: true, message: 'Выберите центр занятости' }]}
        extra="Выберите из списка или на карте"
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Центр занятости"
          options={jobCenters.map((center) => ({ value: center.id, label: center.name }))}
        />
      </Form.Item>
      <JobCenterMap
        jobCenters={jobCenters}
        selected={jobCenterId}
        onSelect={(id) => form.setFields([{ name: 'jobCenterId', value: id, errors: [] }])}
      />
      {chosen && (
        <Descriptions
          size="small"
          column={1}
          className="czn-gap"
          items={[
            { key: 'address', label: 'Адрес', children: chosen.address },
            { key: 'hours', label: 'Режим работы', children: chosen.workingHours },
          ]}
        />
      )}
      <Form.Item
        label="Комментарий"
        name="comment"
        rules={[{ max: COMMENT_LIMIT, message: `Не больше ${COMMENT_LIMIT} символов` }]}
      >
        <Input.TextArea rows={4} count={{ show: true, max: COMMENT_LIMIT }} />
      </Form.Item>
      {problem && !problem.field && (
        <Alert role="alert" type="error" showIcon title={problem.message} className="czn-gap" />
      )}
      <Button type="primary" htmlType="submit" loading={busy}>
        Подать заявление
      </Button>
    </Form>
  );
}
