import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading, PartialDataNotice, ResumeStatusTag, usePageTitle } from '@czn/ui';
import { Typography } from 'antd';
import { Link } from 'react-router';
import type { MatchingResumesQuery } from '../gql/graphql';
import { MatchingVacancies } from './MatchingVacancies';
import { MATCHING_RESUMES } from './operations';

type MatchingResume = MatchingResumesQuery['myResumes'][number];

function ResumeMatches({ resume }: { resume: MatchingResume }) {
  const headingId = `czn-matches-${resume.id}`;
  return (
    <section aria-labelledby={headingId} className="czn-gap">
      <Typography.Title level={2} id={headingId}>
        {resume.desiredPosition}
      </Typography.Title>
      {resume.status === 'ACTIVE' ? (
        <MatchingVacancies
          criteria={{
            position: resume.desiredPosition,
            skills: resume.keySkills,
            city: resume.city,
            expectedSalary: resume.desiredSalary,
          }}
        />
      ) : (
        <Typography.Paragraph className="czn-matching__note">
          <ResumeStatusTag status={resume.status} /> Подходящие вакансии появятся, когда центр занятости
          примет <Link to={`/resumes/${resume.id}`}>резюме «{resume.desiredPosition}»</Link>.
        </Typography.Paragraph>
      )}
    </section>
  );
}

/**
 * «Подходящие вакансии»: for each of the citizen's resumes the centre accepted, the active vacancies of the
 * bank ranked against it, each with its reasons; resumes still under review or to fix are named with a link.
 */
export default function MatchingPage() {
  usePageTitle('Подходящие вакансии');
  const { data, loading, error, refetch } = useQuery(MATCHING_RESUMES, {
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });

  if (loading && !data) return <Loading what="Загружаем резюме…" />;
  if (error && !data)
    return <ErrorState title="Не удалось загрузить резюме" error={error} onRetry={() => void refetch()} />;
  const resumes = data!.myResumes.filter((resume) => resume.status !== 'WITHDRAWN');

  return (
    <>
      <Typography.Title level={1}>Подходящие вакансии</Typography.Title>
      <PartialDataNotice error={error} />
      {resumes.length === 0 ? (
        <Typography.Paragraph className="czn-matching__note">
          Вакансии подбираются по резюме: <Link to="/resumes/new">создайте резюме</Link>, и когда центр
          занятости его примет, здесь появятся подходящие вакансии.
        </Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>
            Для каждого резюме — вакансии банка по тому, насколько подходят: по должности, навыкам, городу и
            зарплате, с причинами.
          </Typography.Paragraph>
          {resumes.map((resume) => (
            <ResumeMatches key={resume.id} resume={resume} />
          ))}
        </>
      )}
    </>
  );
}
