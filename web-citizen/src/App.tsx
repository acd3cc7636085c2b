import { useEffect, useState } from 'react';

interface JobCenter {
  id: string;
  name: string;
}

interface GraphQLResponse {
  data?: { jobCenters?: JobCenter[] | null } | null;
  errors?: { message: string }[];
}

type JobCentersState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; jobCenters: JobCenter[] };

const JOB_CENTERS_QUERY = '{ jobCenters { id name } }';

/** Asks the gateway (proxied at /graphql by Vite in development and by nginx in the image). */
async function fetchJobCenters(signal: AbortSignal): Promise<JobCenter[]> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: JOB_CENTERS_QUERY }),
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error('нет связи с сервером');
  }
  let body: GraphQLResponse;
  try {
    body = (await response.json()) as GraphQLResponse;
  } catch {
    throw new Error(`сервер ответил ${response.status} без данных GraphQL`);
  }
  const firstError = body.errors?.[0];
  if (firstError) throw new Error(firstError.message);
  if (!response.ok) throw new Error(`сервер ответил ${response.status}`);
  return body.data?.jobCenters ?? [];
}

function JobCenters() {
  const [state, setState] = useState<JobCentersState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchJobCenters(controller.signal).then(
      (jobCenters) => setState({ status: 'ready', jobCenters }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'error', message });
      },
    );
    return () => controller.abort();
  }, []);

  return (
    <section aria-labelledby="job-centers-title" aria-busy={state.status === 'loading'}>
      <h2 id="job-centers-title">Центры занятости населения</h2>
      {state.status === 'loading' && <p role="status">Загрузка…</p>}
      {state.status === 'error' && (
        <p role="alert">Не удалось получить список центров занятости: {state.message}</p>
      )}
      {state.status === 'ready' &&
        (state.jobCenters.length === 0 ? (
          <p>Центры занятости пока не добавлены.</p>
        ) : (
          <ul>
            {state.jobCenters.map((jobCenter) => (
              <li key={jobCenter.id}>{jobCenter.name}</li>
            ))}
          </ul>
        ))}
    </section>
  );
}

export function App() {
  return (
    <>
      <header className="site-header">
        <p>Работа России — Алтайский край</p>
      </header>
      <main>
        <h1>Личный кабинет гражданина</h1>
        <p>Кабинет находится в разработке: скоро здесь появятся все его возможности.</p>
        <JobCenters />
      </main>
    </>
  );
}
