import { useMutation, useQuery } from '@apollo/client/react';
import {
  citizenServiceLabels,
  describeFailure,
  EmptyState,
  ErrorState,
  Loading,
  PartialDataNotice,
  usePageTitle,
} from '@czn/ui';
import { Alert, Breadcrumb, Button, Result, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { MY_APPEALS } from '../appeals/operations';
import { MY_FAVORITE_VACANCIES } from '../favorites/operations';
import type { AppealRowFragment, CitizenService } from '../gql/graphql';
import type { FavoriteVacancyOption } from './ApplicationField';
import { ApplicationForm, type SubmissionProblem } from './ApplicationForm';
import type { ApplicationSubmission } from './application-values';
import { APPLICATION_DATA, APPLICATION_FORM, CITIZEN_SERVICES, SUBMIT_APPEAL } from './operations';
import { serviceFromSlug } from './slug';

/** Every input the server refused, each on its field; a refusal that names none stands alone. */
function problemsOf(error: unknown): SubmissionProblem[] {
  const { message, problems } = describeFailure(error);
  return problems.length > 0 ? problems : [{ field: null, message }];
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
  const offer = services.data?.citizenServices.find((item) => item.service === service);
  const form = useQuery(APPLICATION_FORM, {
    variables: { type: offer?.appealType ?? 'JOB_SEARCH_ASSISTANCE' },
    skip: !offer?.available || !offer.appealType,
  });
  const choosesFavorites = Boolean(
    form.data?.applicationForm.groups.some((group) =>
      group.fields.some((field) => field.kind === 'FAVORITE_VACANCIES'),
    ),
  );
  const favorites = useQuery(MY_FAVORITE_VACANCIES, {
    skip: !choosesFavorites,
    fetchPolicy: 'cache-and-network',
    // The form stays usable while the favourites' details are missing.
    errorPolicy: 'all',
  });
  const favoriteVacancies: FavoriteVacancyOption[] = (favorites.data?.myFavoriteVacancies ?? []).flatMap(
    ({ vacancy }) =>
      vacancy
        ? [
            {
              id: vacancy.id,
              title: vacancy.title,
              employerName: vacancy.employerName,
              withdrawn: vacancy.status === 'WITHDRAWN',
            },
          ]
        : [],
  );
  const idempotencyKey = useRef(crypto.randomUUID());
  const [problems, setProblems] = useState<SubmissionProblem[]>([]);
  const [submit, submission] = useMutation(SUBMIT_APPEAL, {
    update: (cache, { data: submitted }) => {
      if (!submitted) return;
      cache.updateQuery({ query: MY_APPEALS }, (list) =>
        list ? { myAppeals: [submitted.submitAppeal, ...list.myAppeals] } : list,
      );
    },
  });

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
  if (services.loading || data.loading || form.loading || (favorites.loading && !favorites.data))
    return <Loading what="Загружаем форму заявления…" />;
  const failure = services.error ?? data.error ?? form.error;
  if (failure)
    return (
      <ErrorState
        title="Не удалось загрузить форму"
        error={failure}
        onRetry={() => void Promise.all([services.refetch(), data.refetch(), form.refetch()])}
      />
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

  const send = async (submission: ApplicationSubmission) => {
    setProblems([]);
    try {
      await submit({
        variables: {
          input: { type: offer.appealType!, ...submission, idempotencyKey: idempotencyKey.current },
        },
      });
    } catch (error) {
      setProblems(problemsOf(error));
    }
  };

  return (
    <>
      {heading}
      <Typography.Paragraph>
        Поля, отмеченные *, обязательны. Контакты взяты из вашего профиля.
      </Typography.Paragraph>
      <PartialDataNotice error={favorites.error} />
      <ApplicationForm
        serviceLabel={label}
        form={form.data!.applicationForm}
        profile={data.data!.me}
        jobCenters={data.data!.jobCenters}
        favoriteVacancies={favoriteVacancies}
        busy={submission.loading}
        problems={problems}
        onSubmit={(values) => void send(values)}
      />
    </>
  );
}
