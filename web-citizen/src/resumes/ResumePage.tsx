import { useMutation, useQuery } from '@apollo/client/react';
import {
  describeFailure,
  educationLevelLabels,
  ErrorState,
  formatDateTime,
  Loading,
  PartialDataNotice,
  resumeStatusLabels,
  ResumeStatusTag,
  UNAVAILABLE_TEXT,
  usePageTitle,
} from '@czn/ui';
import { Alert, Breadcrumb, Button, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ResumeCardFragment } from '../gql/graphql';
import { RESUME, UPDATE_RESUME, WITHDRAW_RESUME } from './operations';
import { ResumeEditor, type ResumeProblem } from './ResumeEditor';
import { resumeInput, valuesFromResume } from './resume-values';

const rubles = new Intl.NumberFormat('ru-RU', {
  style: 'currency',
  currency: 'RUB',
  maximumFractionDigits: 0,
});

function Decision({ resume }: { resume: ResumeCardFragment }) {
  if (resume.status === 'REJECTED')
    return (
      <Alert
        type="error"
        showIcon
        className="czn-gap"
        title="В публикации резюме отказано"
        description={
          <>
            <p>Причина: {resume.rejectionReason}</p>
            <p>Исправьте резюме и сохраните его — оно снова уйдёт на проверку.</p>
          </>
        }
      />
    );
  if (resume.status === 'ACTIVE')
    return <Alert type="success" showIcon className="czn-gap" title="Резюме принято и опубликовано" />;
  if (resume.status === 'WITHDRAWN')
    return (
      <Alert
        type="info"
        showIcon
        className="czn-gap"
        title="Резюме снято с публикации"
        description="Чтобы вернуть его, отредактируйте и сохраните — оно снова уйдёт на проверку."
      />
    );
  return (
    <Alert
      type="info"
      showIcon
      className="czn-gap"
      title="Резюме ожидает проверки в центре занятости"
      description="Решение появится на этой странице само, без перезагрузки."
    />
  );
}

function ResumeView({ resume }: { resume: ResumeCardFragment }) {
  const consent = resume.consent;
  const published = consent
    ? [
        consent.publishName && 'ФИО',
        consent.publishAddress && 'адрес',
        consent.publishPhone && 'телефоны',
        consent.publishAge && 'возраст',
      ].filter(Boolean)
    : [];
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      className="czn-gap"
      items={[
        { key: 'position', label: 'Желаемая должность', children: resume.desiredPosition },
        { key: 'field', label: 'Сфера деятельности', children: resume.fieldOfActivity ?? '—' },
        {
          key: 'salary',
          label: 'Желаемая зарплата',
          children: resume.desiredSalary ? rubles.format(resume.desiredSalary) : '—',
        },
        { key: 'city', label: 'Город', children: resume.city ?? '—' },
        {
          key: 'education',
          label: 'Образование',
          children: resume.educations?.length
            ? resume.educations.map((education, index) => (
                <p key={index}>
                  {educationLevelLabels[education.level]}: {education.institution}
                  {education.specialty && `, ${education.specialty}`}
                  {education.graduationYear && `, ${education.graduationYear}`}
                </p>
              ))
            : '—',
        },
        {
          key: 'experience',
          label: 'Опыт работы',
          children: resume.experiences?.length
            ? resume.experiences.map((experience, index) => (
                <p key={index}>
                  {experience.from} — {experience.to ?? 'по настоящее время'}: {experience.position},{' '}
                  {experience.organization}
                  {experience.duties && `. ${experience.duties}`}
                </p>
              ))
            : '—',
        },
        {
          key: 'skills',
          label: 'Ключевые навыки',
          children: resume.keySkills.length
            ? resume.keySkills.map((skill) => <Tag key={skill}>{skill}</Tag>)
            : '—',
        },
        { key: 'about', label: 'О себе', children: resume.about ?? '—' },
        {
          key: 'contacts',
          label: 'Контакты',
          children: [resume.fullName, resume.birthDate, resume.phone, resume.email, resume.address]
            .filter(Boolean)
            .join('; '),
        },
        {
          key: 'consent',
          label: 'Публикация',
          children: consent?.publish
            ? `Согласен на публикацию; публикуются: ${published.length ? published.join(', ') : 'только сведения о работе'}`
            : 'Без согласия на публикацию: работодатели видят только уведомление',
        },
      ]}
    />
  );
}

/** One resume: its decision, its content, its review history; editing sends it back to review. */
export default function ResumePage() {
  const { id } = useParams() as { id: string };
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved ?? false;
  const { data, loading, error, refetch } = useQuery(RESUME, { variables: { id }, errorPolicy: 'all' });
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ResumeProblem | null>(null);
  const [update, updating] = useMutation(UPDATE_RESUME);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_RESUME);
  const [withdrawFailure, setWithdrawFailure] = useState<string | null>(null);
  usePageTitle(data?.resume ? `Резюме «${data.resume.desiredPosition}»` : 'Резюме');

  if (loading && !data) return <Loading what="Загружаем резюме…" />;
  if (!data?.resume)
    return <ErrorState title="Не удалось открыть резюме" error={error} onRetry={() => void refetch()} />;
  const resume = data.resume;

  return (
    <>
      <Breadcrumb
        className="czn-gap"
        items={[{ title: <Link to="/resumes">Мои резюме</Link> }, { title: resume.desiredPosition }]}
      />
      <Typography.Title level={1}>Резюме «{resume.desiredPosition}»</Typography.Title>
      <PartialDataNotice error={error} />
      {saved && !editing && resume.status === 'PENDING_REVIEW' && (
        <Alert
          type="success"
          showIcon
          className="czn-gap"
          title={`Резюме сохранено и отправлено на проверку: «${resumeStatusLabels.PENDING_REVIEW}»`}
        />
      )}
      <div role="status" aria-live="polite" className="czn-gap">
        Статус: <ResumeStatusTag status={resume.status} />
        {' · '}
        {resume.jobCenter?.name ?? UNAVAILABLE_TEXT}
      </div>
      <Decision resume={resume} />
      {editing ? (
        <>
          <Typography.Title level={2}>Редактирование</Typography.Title>
          <ResumeEditor
            initialValues={valuesFromResume(resume)}
            busy={updating.loading}
            problem={problem}
            submitLabel="Сохранить и отправить на проверку"
            onCancel={() => setEditing(false)}
            onSubmit={(values) => {
              setProblem(null);
              update({ variables: { id, input: resumeInput(values) } }).then(
                () => setEditing(false),
                (failure: unknown) => setProblem(describeFailure(failure)),
              );
            }}
          />
        </>
      ) : (
        <>
          {withdrawFailure && (
            <Alert role="alert" type="error" showIcon title={withdrawFailure} className="czn-gap" />
          )}
          <Space wrap className="czn-gap">
            <Button type="primary" onClick={() => setEditing(true)}>
              Редактировать
            </Button>
            {resume.status !== 'WITHDRAWN' && (
              <Button
                loading={withdrawing.loading}
                onClick={() => {
                  setWithdrawFailure(null);
                  withdraw({ variables: { id } }).catch((failure: unknown) =>
                    setWithdrawFailure(describeFailure(failure).message),
                  );
                }}
              >
                Снять с публикации
              </Button>
            )}
          </Space>
          <ResumeView resume={resume} />
          <Typography.Title level={2}>История проверки</Typography.Title>
          <Timeline
            items={(resume.history ?? []).map((change) => ({
              key: change.id,
              content: (
                <>
                  {formatDateTime(change.changedAt)} — {resumeStatusLabels[change.toStatus]}
                  {change.reason && `: ${change.reason}`}
                </>
              ),
            }))}
          />
        </>
      )}
    </>
  );
}
