import { educationLevelLabels, resumeStatusLabels } from '@czn/ui';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { fieldPath, type ResumeFormValues } from './resume-values';

/** A field the server refused, with its message; shown on that field when the form has it. */
export interface ResumeProblem {
  field: string | null;
  message: string;
}

export interface ResumeEditorProps {
  initialValues: ResumeFormValues;
  busy: boolean;
  problem: ResumeProblem | null;
  submitLabel: string;
  onSubmit(values: ResumeFormValues): void;
  onCancel?(): void;
}

const levelOptions = Object.entries(educationLevelLabels).map(([value, label]) => ({ value, label }));
const ABOUT_LIMIT = 4000;

/** The resume form of seed 000: its sections, the contacts, and the consent to publish them. */
export function ResumeEditor({
  initialValues,
  busy,
  problem,
  submitLabel,
  onSubmit,
  onCancel,
}: ResumeEditorProps) {
  const [form] = Form.useForm<ResumeFormValues>();
  const publish = Form.useWatch(['consent', 'publish'], form) ?? initialValues.consent.publish;

  useEffect(() => {
    if (!problem?.field) return;
    type FieldName = Parameters<typeof form.setFields>[0][number]['name'];
    form.setFields([{ name: fieldPath(problem.field) as FieldName, errors: [problem.message] }]);
  }, [form, problem]);

  return (
    <Form<ResumeFormValues>
      form={form}
      layout="vertical"
      requiredMark
      disabled={busy}
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError
    >
      <Typography.Title level={2}>Желаемая должность и зарплата</Typography.Title>
      <Form.Item
        label="Желаемая должность"
        name="desiredPosition"
        rules={[{ required: true, whitespace: true, message: 'Укажите желаемую должность' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="Сфера деятельности" name="fieldOfActivity">
        <Input maxLength={200} />
      </Form.Item>
      <Space wrap size="middle">
        <Form.Item label="Желаемая зарплата, ₽ в месяц" name="desiredSalary">
          <InputNumber min={1} max={10_000_000} step={1000} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="Город" name="city" extra="Например, Барнаул">
          <Input maxLength={100} autoComplete="address-level2" />
        </Form.Item>
      </Space>

      <Typography.Title level={2}>Образование</Typography.Title>
      <Form.List name="educations">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                className="czn-gap"
                title={`Образование ${index + 1}`}
                extra={
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    Удалить образование {index + 1}
                  </Button>
                }
              >
                <Form.Item
                  label="Уровень"
                  name={[field.name, 'level']}
                  rules={[{ required: true, message: 'Выберите уровень образования' }]}
                >
                  <Select options={levelOptions} placeholder="Уровень образования" />
                </Form.Item>
                <Form.Item
                  label="Учебное заведение"
                  name={[field.name, 'institution']}
                  rules={[{ required: true, whitespace: true, message: 'Укажите учебное заведение' }]}
                >
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item label="Специальность" name={[field.name, 'specialty']}>
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item label="Год окончания" name={[field.name, 'graduationYear']}>
                  <InputNumber min={1940} max={2100} style={{ width: 160 }} />
                </Form.Item>
              </Card>
            ))}
            {fields.length < 10 && (
              <Button className="czn-gap" onClick={() => add({})}>
                Добавить образование
              </Button>
            )}
          </>
        )}
      </Form.List>

      <Typography.Title level={2}>Опыт работы</Typography.Title>
      <Typography.Paragraph type="secondary">
        Подробно опишите обязанности и достижения — эта информация важна для работодателя.
      </Typography.Paragraph>
      <Form.List name="experiences">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                className="czn-gap"
                title={`Место работы ${index + 1}`}
                extra={
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    Удалить место работы {index + 1}
                  </Button>
                }
              >
                <Form.Item
                  label="Организация"
                  name={[field.name, 'organization']}
                  rules={[{ required: true, whitespace: true, message: 'Укажите организацию' }]}
                >
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item
                  label="Должность"
                  name={[field.name, 'position']}
                  rules={[{ required: true, whitespace: true, message: 'Укажите должность' }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Space wrap size="middle">
                  <Form.Item
                    label="Начало работы"
                    name={[field.name, 'from']}
                    rules={[{ required: true, message: 'Укажите месяц начала работы' }]}
                  >
                    <Input type="month" />
                  </Form.Item>
                  <Form.Item noStyle dependencies={[['experiences', field.name, 'current']]}>
                    {() => (
                      <Form.Item label="Окончание работы" name={[field.name, 'to']}>
                        <Input
                          type="month"
                          disabled={
                            busy || Boolean(form.getFieldValue(['experiences', field.name, 'current']))
                          }
                        />
                      </Form.Item>
                    )}
                  </Form.Item>
                </Space>
                <Form.Item name={[field.name, 'current']} valuePropName="checked">
                  <Checkbox>По настоящее время</Checkbox>
                </Form.Item>
                <Form.Item label="Обязанности и достижения" name={[field.name, 'duties']}>
                  <Input.TextArea rows={3} maxLength={4000} />
                </Form.Item>
              </Card>
            ))}
            {fields.length < 20 && (
              <Button className="czn-gap" onClick={() => add({ current: false })}>
                Добавить место работы
              </Button>
            )}
          </>
        )}
      </Form.List>

      <Typography.Title level={2}>Ключевые навыки</Typography.Title>
      <Form.Item
        label="Навыки"
        name="keySkills"
        extra="Владение компьютером, иностранные языки, водительские права; введите навык и нажмите Enter"
      >
        <Select mode="tags" open={false} maxCount={30} tokenSeparators={[',', ';']} suffixIcon={null} />
      </Form.Item>

      <Typography.Title level={2}>О себе</Typography.Title>
      <Form.Item label="О себе" name="about" extra="Личные качества, любимые занятия, пожелания к работе">
        <Input.TextArea rows={4} count={{ show: true, max: ABOUT_LIMIT }} maxLength={ABOUT_LIMIT} />
      </Form.Item>

      <Typography.Title level={2}>Контакты</Typography.Title>
      <Form.Item
        label="ФИО"
        name="fullName"
        rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}
      >
        <Input autoComplete="name" maxLength={300} />
      </Form.Item>
      <Form.Item label="Дата рождения" name="birthDate">
        <Input type="date" autoComplete="bday" />
      </Form.Item>
      <Form.Item
        label="Телефон"
        name="phone"
        rules={[{ required: true, whitespace: true, message: 'Укажите телефон' }]}
      >
        <Input type="tel" autoComplete="tel" placeholder="+7 (XXX) XXX-XX-XX" />
      </Form.Item>
      <Form.Item
        label="Электронная почта"
        name="email"
        rules={[{ type: 'email', message: 'Проверьте адрес электронной почты, например ivanov@mail.ru' }]}
      >
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Form.Item label="Адрес" name="address">
        <Input autoComplete="street-address" maxLength={500} />
      </Form.Item>

      <fieldset className="czn-gap">
        <legend>
          <Typography.Title level={2}>Размещение персональных данных в интернете</Typography.Title>
        </legend>
        <Typography.Paragraph>
          Вы можете скрыть свои личные данные при публикации резюме. Сотрудники центра занятости видят резюме
          полностью.
        </Typography.Paragraph>
        <Form.Item name={['consent', 'publish']} valuePropName="checked">
          <Checkbox>Согласен на публикацию</Checkbox>
        </Form.Item>
        <Space wrap>
          <Form.Item name={['consent', 'publishName']} valuePropName="checked">
            <Checkbox disabled={busy || !publish} aria-label="Публиковать ФИО">
              ФИО
            </Checkbox>
          </Form.Item>
          <Form.Item name={['consent', 'publishAddress']} valuePropName="checked">
            <Checkbox disabled={busy || !publish} aria-label="Публиковать адрес">
              Адрес
            </Checkbox>
          </Form.Item>
          <Form.Item name={['consent', 'publishPhone']} valuePropName="checked">
            <Checkbox disabled={busy || !publish} aria-label="Публиковать телефоны">
              Телефоны
            </Checkbox>
          </Form.Item>
          <Form.Item name={['consent', 'publishAge']} valuePropName="checked">
            <Checkbox disabled={busy || !publish} aria-label="Публиковать возраст">
              Возраст
            </Checkbox>
          </Form.Item>
        </Space>
      </fieldset>

      {problem && <Alert role="alert" type="error" showIcon title={problem.message} className="czn-gap" />}
      <Typography.Paragraph>
        После сохранения резюме уйдёт на проверку в центр занятости и получит статус «
        {resumeStatusLabels.PENDING_REVIEW}».
      </Typography.Paragraph>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>Отмена</Button>}
      </Space>
    </Form>
  );
}
