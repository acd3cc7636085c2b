import { ApplicationAnswers } from '@czn/ui';
import { Typography } from 'antd';
import type { DeskAppealCardFragment } from '../gql/graphql';

/** The application as the citizen filled it in, grouped as the service's form groups it. */
export function AppealApplication({ application }: { application: DeskAppealCardFragment['application'] }) {
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
        <ApplicationAnswers groups={application} />
      )}
    </section>
  );
}
