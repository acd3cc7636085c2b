import { DecisionForm, type DecisionFormProps } from './DecisionForm';

const spec = {
  field: 'reason',
  label: 'Причина отказа',
  missing: 'Укажите причину отказа',
  maxLength: 2000,
  submitLabel: 'Отказать в услуге',
  danger: true,
};

/** «Отказать»: the reason for the refusal, which the citizen then sees on their appeal card. */
export function RejectAppealForm(props: DecisionFormProps) {
  return <DecisionForm spec={spec} {...props} />;
}
