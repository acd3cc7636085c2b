import { useMutation, useQuery } from '@apollo/client/react';
import {
  citizenServiceLabels,
  describeFailure,
  EmptyState,
  ErrorState,
  Loading,
  usePageTitle,
} from '@czn/ui';
import { Alert, Breadcrumb, Button, Result, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { MY_APPEALS } from '../appeals/operations';
import type { AppealRowFragment, CitizenService } from '../gql/graphql';
import { ApplicationForm, type ApplicationValues, type FieldProblem } from './ApplicationForm';
import { APPLICATION_DATA, CITIZEN_SERVICES, SUBMIT_APPEAL } from './operations';
import { serviceFromSlug } from './slug';

const FORM_FIELDS = new Set(['jobCenterId', 'contactPhone', 'contactEmail', 'comment']);

function problemOf(error: unknown): FieldProblem {
  const { message, field } = describeFailure(error);
  return {
    field: field !== null && FORM_FIELDS.has(field) ? (field as FieldProblem['field']) : null,
    message,
  };
}

function Confirmation({ appeal }: { appeal: AppealRowFragment }) {
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={`Заявление зарегистрировано: обращение № ${appeal.number}`}
      subTitle={
        <>
          <p>
            {appeal.jobCenter?.name ?? 'Центр занятости'} рассмотрит заявление. Когда специалист возьмёт его в
            работу и когда услуга будет оказана, статус обращения изменится — в разделе «Мои обращения» это
            видно сразу, без обновления страницы.
          </p>
          <p>Результат появится в карточке обращения.</p>
        </>
      }
      extra={[
        <Button key="card" type="primary" onClick={() => void navigate(`/appeals/${appeal.id}`)}>
          Открыть обращение
        </Button>,
        <Button key="list" onClick={() => void navigate('/appeals')}>
          К моим обращениям
        </Button>,
      ]}
    />
  );
}

export default function ApplicationPage() {
  const service = serviceFromSlug(useParams().service) as CitizenService;
  const label = citizenServiceLabels[service as keyof typeof citizenServiceLabels] ?? 'Услуга';
  usePageTitle(label);
  const services = useQuery(CITIZEN_SERVICES);
  const data = useQuery(APPLICATION_DATA);
  const idempotencyKey = useRef(crypto.randomUUID());
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [submit, submission] = useMutation(SUBMIT_APPEAL, {
    update: (cache, { data: submitted }) => {
      if (!submitted) return;
      cache.updateQuery({ query: MY_APPEALS }, (list) =>
        list ? { myAppeals: [submitted.submitAppeal, ...list.myAppeals] } : list,
      );
    },
  });

  const offer = services.data?.citizenServices.find((item) => item.service === service);
  const heading = (
    <>
      <Breadcrumb
        items={[{ title: <Link to="/services">Услуги</Link> }, { title: label }]}
        className="czn-gap"
      />
      <Typography.Title level={1}>{label}</Typography.Title>
    </>
  );

  if (submission.data) return <Confirmation appeal={submission.data.submitAppeal} />;
  if (services.loading || data.loading) return <Loading what="Загружаем форму заявления…" />;
  const failure = services.error ?? data.error;
  if (failure)
    return (
      <ErrorState title="Не удалось загрузить форму" error={failure} onRetry={() => void data.refetch()} />
    );
  if (!offer) return <EmptyState>Такой услуги нет в каталоге</EmptyState>;
  if (!offer.available || !offer.appealType) {
    return (
      <>
        {heading}
        <Alert
          type="info"
          showIcon
          title="Подать заявление сейчас нельзя"
          description={offer.unavailableReason}
        />
      </>
    );
  }

  const send = async (values: ApplicationValues) => {
    setProblem(null);
    try {
      await submit({
        variables: {
          input: {
            type: offer.appealType!,
            jobCenterId: values.jobCenterId,
            contactPhone: values.contactPhone,
            contactEmail: values.contactEmail || null,
            comment: values.comment || null,
            idempotencyKey: idempotencyKey.current,
          },
        },
      });
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <>
      {heading}
      <Typography.Paragraph>
        Поля, отмеченные *, обязательны. Контакты взяты из вашего профиля.
      </Typography.Paragraph>
      <ApplicationForm
        serviceLabel={label}
        profile={data.data!.me}
        jobCenters={data.data!.jobCenters}
        busy={submission.loading}
        problem={problem}
        onSubmit={(values) => void send(values)}
      />
    </>
  );
}
