import { Alert, Button, Descriptions, Form, Select, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { ApplicationDataQuery } from '../gql/graphql';
import { ApplicationField, type FavoriteVacancyOption } from './ApplicationField';
import {
  nameOfProblem,
  prefilled,
  submissionOf,
  fieldName,
  type ApplicationSubmission,
  type ApplicationValues,
  type FormDescription,
} from './application-values';
import { JobCenterMap } from './JobCenterMap';

/** An input the server refused (`contactPhone`, `fields.salaryFrom`, `type`…), with its message. */
export interface SubmissionProblem {
  field: string | null;
  message: string;
}

export interface ApplicationFormProps {
  serviceLabel: string;
  form: FormDescription;
  profile: ApplicationDataQuery['me'];
  jobCenters: ApplicationDataQuery['jobCenters'];
  /** The citizen's favourite vacancies, for a FAVORITE_VACANCIES field. */
  favoriteVacancies: FavoriteVacancyOption[];
  busy: boolean;
  problems: SubmissionProblem[];
  onSubmit(submission: ApplicationSubmission): void;
}

const JOB_CENTER = 'jobCenterId';

/**
 * The application for a service, drawn from the service's form: each group a section with its heading (a long
 * page reads well at 390 px and with a screen reader), fields prefilled from the profile, the job centre
 * chosen from the list or the map; the server's refusals shown on the fields they name.
 */
export function ApplicationForm({
  serviceLabel,
  form: description,
  profile,
  jobCenters,
  favoriteVacancies,
  busy,
  problems,
  onSubmit,
}: ApplicationFormProps) {
  const [form] = Form.useForm<ApplicationValues>();
  const jobCenterId = Form.useWatch(JOB_CENTER, form);
  const chosen = jobCenters.find((center) => center.id === jobCenterId);
  const initialValues = useMemo(() => prefilled(description, profile), [description, profile]);
  const names = useMemo(
    () =>
      new Set([
        JOB_CENTER,
        ...description.groups.flatMap((group) => group.fields.map((field) => fieldName(field).join('.'))),
      ]),
    [description],
  );
  const onFields = problems.filter((problem) => problem.field && names.has(problem.field));
  const elsewhere = problems.filter((problem) => !problem.field || !names.has(problem.field));

  useEffect(() => {
    const shown = problems.filter((problem) => problem.field && names.has(problem.field));
    if (shown.length === 0) return;
    form.setFields(shown.map(({ field, message }) => ({ name: nameOfProblem(field!), errors: [message] })));
    form.scrollToField(nameOfProblem(shown[0]!.field!), { focus: true });
  }, [form, names, problems]);

  return (
    <Form<ApplicationValues>
      form={form}
      layout="vertical"
      requiredMark
      disabled={busy}
      initialValues={initialValues}
      onFinish={(values) => onSubmit(submissionOf(description, values))}
      scrollToFirstError={{ focus: true }}
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
      {description.groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="czn-form-group">
          <Typography.Title level={2} id={`group-${group.key}`}>
            {group.title}
          </Typography.Title>
          {group.description && (
            <Typography.Paragraph type="secondary">{group.description}</Typography.Paragraph>
          )}
          {group.fields.map((field) => (
            <ApplicationField key={field.key} field={field} favorites={favoriteVacancies} />
          ))}
        </section>
      ))}
      <section aria-labelledby="group-job-center" className="czn-form-group">
        <Typography.Title level={2} id="group-job-center">
          Центр занятости
        </Typography.Title>
        <Form.Item
          label="Центр занятости"
          name={JOB_CENTER}
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
          onSelect={(id) => form.setFields([{ name: JOB_CENTER, value: id, errors: [] }])}
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
      </section>
      {(elsewhere.length > 0 || onFields.length > 1) && (
        <Alert
          role="alert"
          type="error"
          showIcon
          className="czn-gap"
          title={elsewhere[0]?.message ?? 'Проверьте поля, отмеченные красным'}
          description={
            onFields.length > 1
              ? `Нужно исправить полей: ${onFields.length}. Они отмечены красным.`
              : undefined
          }
        />
      )}
      <p aria-live="polite" className="czn-visually-hidden">
        {busy ? 'Отправляем заявление…' : ''}
      </p>
      <Button type="primary" htmlType="submit" loading={busy}>
        Подать заявление
      </Button>
    </Form>
  );
}
