import { Checkbox, Form, Input, InputNumber, Radio, Select, type FormRule } from 'antd';
import { fieldName, type FormField } from './application-values';
import { PeriodInput } from './PeriodInput';
import { isRussianMobileOrCityPhone, PHONE_FORMAT_MESSAGE } from './phone';

/** A vacancy of the citizen's favourites, to pick for «Самостоятельно найденные вакансии». */
export interface FavoriteVacancyOption {
  id: string;
  title: string;
  employerName: string;
  /** Withdrawn by its employer since it was added: shown, marked, not to be chosen. */
  withdrawn: boolean;
}

const favoriteOption = (vacancy: FavoriteVacancyOption) => ({
  value: vacancy.id,
  label: `${vacancy.title} — ${vacancy.employerName}${vacancy.withdrawn ? ' (снята с публикации)' : ''}`,
  disabled: vacancy.withdrawn,
});

export const NO_FAVORITES_HINT = 'Добавьте вакансии в избранное в Банке вакансий';

const rouble = new Intl.NumberFormat('ru-RU');
const LIST_KINDS = new Set(['MULTISELECT', 'TAGS', 'FAVORITE_VACANCIES']);

const missing = (field: FormField) =>
  field.kind === 'SELECT' || field.kind === 'MULTISELECT'
    ? `Выберите: «${field.label}»`
    : field.kind === 'CHECKBOX'
      ? `Отметьте: «${field.label}»`
      : `Заполните поле «${field.label}»`;

const check = (ok: boolean, message: string) => (ok ? Promise.resolve() : Promise.reject(new Error(message)));

/** The checks the server makes too, so that most mistakes are told before sending. */
function rulesOf(field: FormField): FormRule[] {
  const rules: FormRule[] = [];
  const { label, maxLength, maxItems, min, max } = field;
  if (field.required) {
    if (field.kind === 'DATE_RANGE')
      rules.push({
        validator: (_, value?: string[]) => check(Boolean(value?.[0] && value[1]), missing(field)),
      });
    else if (field.kind === 'CHECKBOX')
      rules.push({ validator: (_, value?: boolean) => check(value === true, missing(field)) });
    else if (LIST_KINDS.has(field.kind))
      rules.push({ required: true, type: 'array', message: missing(field) });
    else if (field.kind === 'NUMBER' || field.kind === 'MONEY')
      rules.push({ required: true, type: 'number', message: missing(field) });
    else rules.push({ required: true, whitespace: true, message: missing(field) });
  }
  if (maxLength !== null && (field.kind === 'TEXT' || field.kind === 'TEXTAREA' || field.kind === 'EMAIL'))
    rules.push({ max: maxLength, message: `«${label}»: не больше ${maxLength} символов` });
  if (maxLength !== null && field.kind === 'TAGS')
    rules.push({
      validator: (_, value?: string[]) =>
        check(
          (value ?? []).every((item) => item.trim().length <= maxLength),
          `«${label}»: каждое значение не длиннее ${maxLength} символов`,
        ),
    });
  if (maxItems !== null)
    rules.push({
      validator: (_, value?: string[]) =>
        check((value ?? []).length <= maxItems, `«${label}»: не больше ${maxItems}`),
    });
  if (field.kind === 'NUMBER' || field.kind === 'MONEY')
    rules.push({
      type: 'number',
      min: min ?? undefined,
      max: max ?? undefined,
      message: `«${label}»: число от ${rouble.format(min ?? 0)} до ${rouble.format(max ?? 0)}`,
    });
  if (field.kind === 'DATE_RANGE')
    rules.push({
      validator: (_, value?: string[]) =>
        check(
          !value?.[0] || !value[1] || value[0] <= value[1],
          `«${label}»: дата окончания не раньше даты начала`,
        ),
    });
  if (field.kind === 'PHONE')
    rules.push({
      validator: (_, value?: string) =>
        check(!value?.trim() || isRussianMobileOrCityPhone(value), PHONE_FORMAT_MESSAGE),
    });
  if (field.kind === 'EMAIL')
    rules.push({ type: 'email', message: 'Проверьте адрес электронной почты, например ivanov@mail.ru' });
  return rules;
}

const options = (field: FormField) => field.options.map(({ value, label }) => ({ value, label }));

function control(field: FormField, favorites: FavoriteVacancyOption[]) {
  switch (field.kind) {
    case 'TEXTAREA':
      return (
        <Input.TextArea rows={4} count={field.maxLength ? { show: true, max: field.maxLength } : undefined} />
      );
    case 'NUMBER':
      return <InputNumber precision={0} inputMode="numeric" className="czn-number" />;
    case 'MONEY':
      return <InputNumber precision={0} suffix="₽" inputMode="numeric" className="czn-number" />;
    case 'DATE':
      return <Input type="date" className="czn-date" />;
    case 'DATE_RANGE':
      return <PeriodInput label={field.label} />;
    case 'SELECT':
      return <Radio.Group aria-label={field.label} options={options(field)} vertical />;
    case 'MULTISELECT':
      return <Checkbox.Group aria-label={field.label} options={options(field)} className="czn-choices" />;
    case 'CHECKBOX':
      return <Checkbox>{field.label}</Checkbox>;
    case 'TAGS':
      return (
        <Select
          mode="tags"
          tokenSeparators={[',', ';']}
          open={false}
          suffixIcon={null}
          placeholder="Введите и нажмите Enter"
        />
      );
    case 'FAVORITE_VACANCIES':
      return (
        <Select
          mode="multiple"
          disabled={favorites.length === 0}
          placeholder={favorites.length === 0 ? 'В избранном нет вакансий' : 'Выберите из избранного'}
          showSearch={{ optionFilterProp: 'label' }}
          options={favorites.map(favoriteOption)}
        />
      );
    case 'PHONE':
      return <Input type="tel" autoComplete="tel" placeholder="+7 (XXX) XXX-XX-XX" />;
    case 'EMAIL':
      return <Input type="email" autoComplete="email" />;
    case 'TEXT':
      return <Input />;
  }
}

/** One field of an application form, drawn by its kind, with its label, hint and checks. */
export function ApplicationField({
  field,
  favorites,
}: {
  field: FormField;
  favorites: FavoriteVacancyOption[];
}) {
  const hint =
    field.kind === 'FAVORITE_VACANCIES' && favorites.length === 0
      ? NO_FAVORITES_HINT
      : (field.hint ?? undefined);
  return (
    <Form.Item
      name={fieldName(field)}
      label={field.kind === 'CHECKBOX' ? undefined : field.label}
      required={field.required}
      rules={rulesOf(field)}
      extra={hint}
      valuePropName={field.kind === 'CHECKBOX' ? 'checked' : 'value'}
    >
      {control(field, favorites)}
    </Form.Item>
  );
}
