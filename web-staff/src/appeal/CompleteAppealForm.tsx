import { DecisionForm, type DecisionFormProps } from './DecisionForm';

const spec = {
  field: 'result',
  label: 'Результат оказания услуги',
  missing: 'Опишите результат оказания услуги',
  maxLength: 4000,
  submitLabel: 'Исполнить обращение',
};

/** «Исполнить»: the result of the service, which the citizen then sees on their appeal card. */
export function CompleteAppealForm(props: DecisionFormProps) {
  return <DecisionForm spec={spec} {...props} />;
}
