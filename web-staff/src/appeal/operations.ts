import { graphql } from '../gql';

export const APPEAL = graphql(`
  query Appeal($id: ID!) {
    appeal(id: $id) {
      ...DeskAppealCard
    }
  }
`);

export const TAKE_APPEAL_INTO_WORK = graphql(`
  mutation TakeAppealIntoWork($id: ID!) {
    takeAppealIntoWork(id: $id) {
      ...DeskAppealCard
    }
  }
`);

export const COMPLETE_APPEAL = graphql(`
  mutation CompleteAppeal($id: ID!, $result: String!, $openPersonalCase: OpenPersonalCaseOnCompletionInput) {
    completeAppeal(id: $id, result: $result, openPersonalCase: $openPersonalCase) {
      ...DeskAppealCard
    }
  }
`);

export const REJECT_APPEAL = graphql(`
  mutation RejectAppeal($id: ID!, $reason: String!) {
    rejectAppeal(id: $id, reason: $reason) {
      ...DeskAppealCard
    }
  }
`);
