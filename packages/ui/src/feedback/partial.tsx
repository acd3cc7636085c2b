import { CombinedGraphQLErrors } from '@apollo/client';
import { Alert } from 'antd';

/** The code of the gateway's error that stands in for a part of an answer whose service is down. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** Said where a part of the page would be while its service is down. */
export const UNAVAILABLE_TEXT = 'Сведения временно недоступны';

/**
 * What is missing from an answer, once each, as the gateway says it («Сведения о центре занятости временно
 * недоступны…»). Read it from a query with `errorPolicy: 'all'`, which keeps the data that did arrive.
 */
export function missingParts(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const messages = error.errors
    .filter((problem) => problem.extensions?.['code'] === SUBGRAPH_UNAVAILABLE)
    .map((problem) => problem.message);
  return [...new Set(messages)];
}

/** Above a page shown without some of its parts: which parts are missing. Nothing when none is. */
export function PartialDataNotice({ error }: { error: unknown }) {
  const parts = missingParts(error);
  if (parts.length === 0) return null;
  return (
    <Alert
      role="status"
      type="warning"
      showIcon
      className="czn-gap"
      title="Страница показана не полностью"
      description={
        parts.length === 1 ? (
          parts[0]
        ) : (
          <ul>
            {parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

/** «—» in place of a missing part; screen readers hear why. */
export function Unavailable() {
  return (
    <span title={UNAVAILABLE_TEXT}>
      <span aria-hidden="true">—</span>
      <span className="czn-visually-hidden">{UNAVAILABLE_TEXT}</span>
    </span>
  );
}
