import { DecisionForm, type DecisionFormProps } from '../appeal/DecisionForm';

/** The server keeps up to 2000 characters of an outcome. */
const MAX_OUTCOME = 2000;

const completeSpec = {
  field: 'outcome',
  label: 'Что сделано',
  missing: 'Опишите, что сделано по направлению',
  maxLength: MAX_OUTCOME,
  submitLabel: 'Отметить исполненным',
};

const declineSpec = {
  field: 'outcome',
  label: 'Причина отклонения',
  missing: 'Укажите, почему направление отклонено',
  maxLength: MAX_OUTCOME,
  submitLabel: 'Отклонить направление',
  danger: true,
};

/** «Исполнено»: what the agency did, which the job centre then sees as the referral's outcome. */
export function CompleteReferralForm(props: DecisionFormProps) {
  return <DecisionForm spec={completeSpec} {...props} />;
}

/** «Отклонить»: why the agency will not act on the referral. */
export function DeclineReferralForm(props: DecisionFormProps) {
  return <DecisionForm spec={declineSpec} {...props} />;
}
