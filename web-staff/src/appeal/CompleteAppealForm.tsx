import { Checkbox, Form } from 'antd';
import { NewCaseFields, type NewCaseValues } from '../cases/case-fields';
import { DecisionForm, type DecisionFormProps } from './DecisionForm';

const spec = {
  field: 'result',
  label: 'Результат оказания услуги',
  missing: 'Опишите результат оказания услуги',
  maxLength: 4000,
  submitLabel: 'Исполнить обращение',
};

export interface CompleteAppealFormProps extends Omit<DecisionFormProps, 'onSubmit'> {
  /** Gets the result and, when the staff member opens a case in the same step, the case. */
  onSubmit(result: string, openCase: NewCaseValues | null): Promise<unknown>;
  /** A job-search appeal, completed by staff who keep cases: the form offers «Открыть личное дело». */
  opensCase?: boolean;
}

/** The case's fields, shown once «Открыть личное дело» is ticked. */
function OpenCaseOption() {
  const ticked = Form.useWatch<boolean | undefined>('openCase');
  return (
    <>
      <Form.Item name="openCase" valuePropName="checked">
        <Checkbox>Открыть личное дело в нашем ЦЗН</Checkbox>
      </Form.Item>
      {ticked && (
        <fieldset className="czn-gap">
          <legend>Личное дело</legend>
          <NewCaseFields name={['case']} />
        </fieldset>
      )}
    </>
  );
}

/** «Исполнить»: the result of the service, which the citizen then sees on their appeal card. */
export function CompleteAppealForm({ onSubmit, opensCase = false, ...props }: CompleteAppealFormProps) {
  const [form] = Form.useForm<Record<string, unknown>>();
  return (
    <DecisionForm
      spec={spec}
      form={form}
      {...props}
      onSubmit={(result) =>
        onSubmit(
          result,
          opensCase && form.getFieldValue('openCase') ? (form.getFieldValue('case') as NewCaseValues) : null,
        )
      }
    >
      {opensCase && <OpenCaseOption />}
    </DecisionForm>
  );
}
