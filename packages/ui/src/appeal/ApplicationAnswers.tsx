import { Descriptions, Grid, Typography } from 'antd';

/** A group of an application's answers as `Appeal.application` gives it. */
export interface ApplicationAnswerGroup {
  key: string;
  title: string;
  fields: ReadonlyArray<{ key: string; label: string; display: string }>;
}

/**
 * An application as its applicant filled it in: a block per group of the service's form under a third-level
 * heading, in the form's order, each answer under its label; labels sit above the answers on a phone.
 */
export function ApplicationAnswers({ groups }: { groups: readonly ApplicationAnswerGroup[] }) {
  const narrow = !Grid.useBreakpoint().md;
  return groups.map((group) => (
    <Descriptions
      key={group.key}
      title={<Typography.Title level={3}>{group.title}</Typography.Title>}
      bordered
      size="small"
      layout={narrow ? 'vertical' : 'horizontal'}
      column={1}
      className="czn-gap"
      items={group.fields.map((field) => ({
        key: field.key,
        label: field.label,
        children: <span className="czn-prose">{field.display}</span>,
      }))}
    />
  ));
}
