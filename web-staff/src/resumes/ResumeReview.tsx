import { useMutation } from '@apollo/client/react';
import {
  describeFailure,
  educationLevelLabels,
  formatDateTime,
  PartialDataNotice,
  resumeStatusLabels,
  ResumeStatusTag,
  Unavailable,
} from '@czn/ui';
import { Alert, Button, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { useRef, useState, type ComponentProps } from 'react';
import { DecisionForm } from '../appeal/DecisionForm';
import type { StaffResumeCardFragment } from '../gql/graphql';
import { ACCEPT_RESUME, REJECT_RESUME } from './operations';

const rejection = {
  field: 'reason',
  label: 'Причина отказа: что соискателю исправить',
  missing: 'Укажите причину отказа: что в резюме нужно исправить',
  maxLength: 2000,
  submitLabel: 'Отказать в публикации',
  danger: true,
};

const yesNo = (value: boolean | undefined) => (value ? 'да' : 'нет');

function ResumeDetails({ resume }: { resume: StaffResumeCardFragment }) {
  const consent = resume.consent;
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      className="czn-gap"
      items={[
        { key: 'fullName', label: 'Соискатель', children: resume.fullName },
        { key: 'birthDate', label: 'Дата рождения', children: resume.birthDate ?? '—' },
        {
          key: 'contacts',
          label: 'Контакты',
          children: [resume.phone, resume.email, resume.address].filter(Boolean).join('; ') || '—',
        },
        { key: 'field', label: 'Сфера деятельности', children: resume.fieldOfActivity ?? '—' },
        {
          key: 'salary',
          label: 'Желаемая зарплата',
          children: resume.desiredSalary ? `${resume.desiredSalary.toLocaleString('ru-RU')} ₽` : '—',
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
                  {experience.duties && <span className="staff-line staff-prose">{experience.duties}</span>}
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
        {
          key: 'about',
          label: 'О себе',
          children: resume.about ? <span className="staff-prose">{resume.about}</span> : '—',
        },
        {
          key: 'consent',
          label: 'Согласие на публикацию',
          children: `публикация: ${yesNo(consent?.publish)}; ФИО: ${yesNo(consent?.publishName)}; адрес: ${yesNo(
            consent?.publishAddress,
          )}; телефоны: ${yesNo(consent?.publishPhone)}; возраст: ${yesNo(consent?.publishAge)}`,
        },
      ]}
    />
  );
}

/**
 * A resume under review: all it says, accepting it or refusing it with a reason the citizen sees, and its history.
 * `news` is what just changed on the citizen's side, said with the status.
 */
export function ResumeReview({
  resume,
  news,
  error,
}: {
  resume: StaffResumeCardFragment;
  news: string;
  /** What of the card could not be fetched, said under the heading. */
  error: ComponentProps<typeof PartialDataNotice>['error'];
}) {
  const id = resume.id;
  const [accept, accepting] = useMutation(ACCEPT_RESUME);
  const [reject] = useMutation(REJECT_RESUME);
  const [rejecting, setRejecting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const decided = () => {
    setRejecting(false);
    heading.current?.focus();
  };

  return (
    <>
      <Typography.Title level={1} ref={heading} tabIndex={-1}>
        Резюме «{resume.desiredPosition}»
      </Typography.Title>
      <PartialDataNotice error={error} />
      <p role="status" aria-live="polite">
        Статус: <ResumeStatusTag status={resume.status} />
        {news && ` · ${news}`}
      </p>
      {resume.status === 'REJECTED' && resume.rejectionReason && (
        <Alert
          type="error"
          showIcon
          className="czn-gap"
          title="Причина отказа"
          description={resume.rejectionReason}
        />
      )}
      <ResumeDetails resume={resume} />
      {(resume.status === 'PENDING_REVIEW' || resume.status === 'ACTIVE') && (
        <section aria-label="Решение по резюме" className="czn-gap">
          {failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}
          {rejecting ? (
            <DecisionForm
              spec={rejection}
              onSubmit={(reason) => reject({ variables: { id, reason } }).then(decided)}
              onCancel={() => setRejecting(false)}
            />
          ) : (
            <Flex wrap gap="small">
              {resume.status === 'PENDING_REVIEW' && (
                <Button
                  type="primary"
                  loading={accepting.loading}
                  onClick={() => {
                    setFailure(null);
                    accept({ variables: { id } }).then(decided, (error: unknown) =>
                      setFailure(describeFailure(error).message),
                    );
                  }}
                >
                  Принять резюме
                </Button>
              )}
              <Button danger onClick={() => setRejecting(true)}>
                Отказать в публикации
              </Button>
            </Flex>
          )}
        </section>
      )}
      <section aria-labelledby="resume-history">
        <Typography.Title level={2} id="resume-history">
          История проверки
        </Typography.Title>
        <Timeline
          items={(resume.history ?? []).map((change) => ({
            key: change.id,
            content: (
              <>
                <Typography.Text strong className="staff-line">
                  {change.fromStatus
                    ? `${resumeStatusLabels[change.fromStatus]} → ${resumeStatusLabels[change.toStatus]}`
                    : resumeStatusLabels[change.toStatus]}
                </Typography.Text>
                <Typography.Text type="secondary" className="staff-line">
                  {formatDateTime(change.changedAt)}, {change.changedBy?.fullName ?? <Unavailable />}
                </Typography.Text>
                {change.reason && <span className="staff-line staff-prose">{change.reason}</span>}
              </>
            ),
          }))}
        />
      </section>
    </>
  );
}
