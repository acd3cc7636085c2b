import { registerLabelledEnum } from '@czn/kernel';

export enum ActivationCodeState {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  REPLACED = 'REPLACED',
  UNKNOWN = 'UNKNOWN',
}

const activationCodeStateLabels: Record<ActivationCodeState, string> = {
  VALID: 'Действует: можно создать логин и пароль',
  EXPIRED: 'Срок действия истёк (30 дней)',
  USED: 'Уже использован: кабинет активирован',
  REPLACED: 'Заменён новым кодом, отправленным позже',
  UNKNOWN: 'Такого кода нет',
};

registerLabelledEnum(
  ActivationCodeState,
  'ActivationCodeState',
  activationCodeStateLabels,
  'Состояние кода активации кабинета работодателя',
);

export enum AccountActivationState {
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  ACTIVATED = 'ACTIVATED',
}

const accountActivationStateLabels: Record<AccountActivationState, string> = {
  PENDING: 'Код отправлен, кабинет ещё не активирован',
  EXPIRED: 'Код не использован, и срок его действия истёк',
  ACTIVATED: 'Кабинет активирован: логин и пароль созданы',
};

registerLabelledEnum(
  AccountActivationState,
  'AccountActivationState',
  accountActivationStateLabels,
  'Активирован ли кабинет представителя работодателя',
);
