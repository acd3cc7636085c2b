import { usePageTitle } from '@czn/ui';
import { Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { VacancyMatchCriteria } from '../gql/graphql';
import { MatchingVacancies } from './MatchingVacancies';

interface CriteriaForm {
  position: string;
  skills?: string[];
  city?: string;
  expectedSalary?: number | null;
}

/** The criteria the page shows matches for, kept in the address so that back and forward work. */
function criteriaFrom(params: URLSearchParams): VacancyMatchCriteria | null {
  const position = params.get('position')?.trim();
  if (!position) return null;
  const salary = Number(params.get('salary'));
  return {
    position,
    skills: params.getAll('skill'),
    city: params.get('city') || null,
    expectedSalary: Number.isInteger(salary) && salary > 0 ? salary : null,
  };
}

/**
 * «Подходящие вакансии»: what the citizen looks for — a position, key skills, a city and a salary — and the
 * active vacancies of the bank ranked against it, each with its reasons.
 */
export default function MatchingPage() {
  usePageTitle('Подходящие вакансии');
  const [params, setParams] = useSearchParams();
  const criteria = useMemo(() => criteriaFrom(params), [params]);

  const search = ({ position, skills = [], city, expectedSalary }: CriteriaForm) => {
    const next = new URLSearchParams({ position: position.trim() });
    for (const skill of skills) next.append('skill', skill);
    if (city?.trim()) next.set('city', city.trim());
    if (expectedSalary) next.set('salary', String(expectedSalary));
    setParams(next);
  };

  return (
    <>
      <Typography.Title level={1}>Подходящие вакансии</Typography.Title>
      <Typography.Paragraph>
        Укажите, какую работу ищете: вакансии банка будут упорядочены по тому, насколько подходят, с
        причинами.
      </Typography.Paragraph>
      <Form<CriteriaForm>
        layout="vertical"
        className="czn-matching-form"
        aria-label="Что вы ищете"
        initialValues={{
          position: criteria?.position ?? '',
          skills: criteria?.skills ?? [],
          city: criteria?.city ?? '',
          expectedSalary: criteria?.expectedSalary ?? null,
        }}
        onFinish={search}
      >
        <Form.Item
          name="position"
          label="Должность"
          rules={[{ required: true, whitespace: true, message: 'Укажите желаемую должность' }]}
        >
          <Input maxLength={200} placeholder="Например, бухгалтер" />
        </Form.Item>
        <Form.Item name="skills" label="Навыки" extra="Введите навык и нажмите Enter">
          <Select
            mode="tags"
            maxCount={30}
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', ';']}
            placeholder="Например, Excel, 1С"
          />
        </Form.Item>
        <Form.Item name="city" label="Город">
          <Input maxLength={200} placeholder="Например, Барнаул" />
        </Form.Item>
        <Form.Item name="expectedSalary" label="Зарплата от, ₽ в месяц">
          <InputNumber min={1} max={10_000_000} step={1000} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          Подобрать вакансии
        </Button>
      </Form>
      {criteria && (
        <section aria-labelledby="czn-matches-heading" className="czn-gap">
          <Typography.Title level={2} id="czn-matches-heading">
            Вакансии для «{criteria.position}»
          </Typography.Title>
          <MatchingVacancies criteria={criteria} headingLevel={3} />
        </section>
      )}
    </>
  );
}
