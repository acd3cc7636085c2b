import { useMutation, useQuery } from '@apollo/client/react';
import { describeFailure, ErrorState, Loading, usePageTitle } from '@czn/ui';
import { Breadcrumb, Form, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CREATE_RESUME, MY_RESUMES, RESUME_FORM_DATA } from './operations';
import { ResumeEditor, type ResumeProblem } from './ResumeEditor';
import { resumeInput, valuesFromProfile } from './resume-values';

/** «Создать резюме»: first the job centre it goes to (seed 000), then the form prefilled from the profile. */
export default function NewResumePage() {
  usePageTitle('Новое резюме');
  const navigate = useNavigate();
  const data = useQuery(RESUME_FORM_DATA);
  const [jobCenterId, setJobCenterId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ResumeProblem | null>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const [create, creation] = useMutation(CREATE_RESUME, {
    update: (cache, { data: created }) => {
      if (!created) return;
      cache.updateQuery({ query: MY_RESUMES }, (list) =>
        list ? { myResumes: [created.createResume, ...list.myResumes] } : list,
      );
    },
  });

  const heading = (
    <>
      <Breadcrumb
        className="czn-gap"
        items={[{ title: <Link to="/resumes">Мои резюме</Link> }, { title: 'Новое резюме' }]}
      />
      <Typography.Title level={1}>Новое резюме</Typography.Title>
    </>
  );
  if (data.loading) return <Loading what="Загружаем центры занятости…" />;
  if (!data.data)
    return (
      <>
        {heading}
        <ErrorState
          title="Не удалось загрузить форму"
          error={data.error}
          onRetry={() => void data.refetch()}
        />
      </>
    );
  const { me, jobCenters } = data.data;

  return (
    <>
      {heading}
      <Form layout="vertical">
        <Form.Item
          label="Центр занятости, в который будет направлено резюме"
          htmlFor="resume-job-center"
          required
          validateStatus={problem?.field === 'jobCenterId' ? 'error' : undefined}
          help={problem?.field === 'jobCenterId' ? problem.message : undefined}
        >
          <Select
            id="resume-job-center"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Выберите центр занятости"
            value={jobCenterId ?? undefined}
            options={jobCenters.map((center) => ({ value: center.id, label: center.name }))}
            onChange={(value: string) => setJobCenterId(value)}
          />
        </Form.Item>
      </Form>
      {jobCenterId ? (
        <ResumeEditor
          initialValues={valuesFromProfile(me)}
          busy={creation.loading}
          problem={problem}
          submitLabel="Сохранить и отправить на проверку"
          onCancel={() => void navigate('/resumes')}
          onSubmit={(values) => {
            setProblem(null);
            create({
              variables: {
                input: { ...resumeInput(values), jobCenterId, idempotencyKey: idempotencyKey.current },
              },
            }).then(
              ({ data: created }) => {
                if (created) void navigate(`/resumes/${created.createResume.id}`, { state: { saved: true } });
              },
              (error: unknown) => setProblem(describeFailure(error)),
            );
          }}
        />
      ) : (
        <Typography.Paragraph>
          Выберите центр занятости — после этого откроется форма резюме.
        </Typography.Paragraph>
      )}
    </>
  );
}
