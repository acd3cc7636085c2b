import type { Viewer } from '@czn/kernel';
import type { User } from './user.entity';

/**
 * How the personal-data audit trail names what identity shows and changes, as a person would. The trail is
 * kept per person, so a name says whose profile it was by role only and carries no personal data.
 */
export const ownProfileShown = () => 'Просмотр своего профиля';
export const emailChanged = () => 'Смена адреса электронной почты';

function whose(user: User): string {
  if (user.roles.includes('CITIZEN')) return 'гражданина';
  if (user.roles.includes('EMPLOYER')) return 'представителя работодателя';
  if (user.roles.includes('PARTNER')) return 'сотрудника ведомства-партнёра';
  return 'сотрудника ЦЗН';
}

export const profileShown = (viewer: Viewer, user: User) =>
  viewer.kind === 'user' && viewer.userId === user.id ? ownProfileShown() : `Просмотр профиля ${whose(user)}`;
