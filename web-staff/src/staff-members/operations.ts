import { graphql } from '../gql';

export const STAFF_MEMBERS = graphql(`
  query StaffMembers {
    staffMembers {
      id
      login
      fullName
      email
      roles
      active
      deactivatedAt
    }
  }
`);

export const CREATE_STAFF_MEMBER = graphql(`
  mutation CreateStaffMember($input: CreateStaffMemberInput!) {
    createStaffMember(input: $input) {
      id
      login
      fullName
      email
      roles
      active
      deactivatedAt
    }
  }
`);

export const UPDATE_STAFF_ROLES = graphql(`
  mutation UpdateStaffRoles($userId: ID!, $roles: [Role!]!) {
    updateStaffRoles(userId: $userId, roles: $roles) {
      id
      roles
    }
  }
`);

export const DEACTIVATE_STAFF_MEMBER = graphql(`
  mutation DeactivateStaffMember($userId: ID!) {
    deactivateStaffMember(userId: $userId) {
      id
      active
      deactivatedAt
    }
  }
`);
