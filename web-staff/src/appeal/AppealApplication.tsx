import { Descriptions, Grid, Typography } from 'antd';
import type { DeskAppealCardFragment } from '../gql/graphql';

/**
 * The application as the citizen filled it in: a block per group of the service's form, in the form's order,
 * each answer under its label. Labels sit above the answers on a phone, beside them on a wider screen.
 */
export function AppealApplication({ application }: { application: DeskAppealCardFragment['application'] }) {
  const narrow = !Grid.useBreakpoint().md;
  return (
    <section aria-labelledby="appeal-application" className="czn-gap">
      <Typography.Title level={2} id="appeal-application">
        Заявление
      </Typography.Title>
      {application.length === 0 ? (
        <Typography.Paragraph type="secondary">
          Обращение подано до того, как заявления стали заполняться по форме услуги
        </Typography.Paragraph>
      ) : (
        application.map((group) => (
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
              children: <span className="staff-prose">{field.display}</span>,
            }))}
          />
        ))
      )}
    </section>
  );
}
