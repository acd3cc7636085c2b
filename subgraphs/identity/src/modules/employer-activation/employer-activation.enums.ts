import { registerLabelledEnum } from '@czn/kernel';

export enum ActivationCodeState {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  REPLACED = 'REPLACED',
  EXHAUSTED = 'EXHAUSTED',
  UNKNOWN = 'UNKNOWN',
}

const activationCodeStateLabels: Record<ActivationCodeState, string> = {
  VALID: 'Код действует',
  EXPIRED: 'Срок кода истёк',
  USED: 'Код использован',
  REPLACED: 'Код заменён новым',
  EXHAUSTED: 'Попытки с кодом исчерпаны',
  UNKNOWN: 'Код не найден',
};

registerLabelledEnum(
  ActivationCodeState,
  'ActivationCodeState',
  activationCodeStateLabels,
  'Состояние кода активации кабинета работодателя. Код действует — можно создать логин и пароль; ' +
    'срок кода истёк — прошло 30 дней; код использован — кабинет уже активирован; ' +
    'код заменён новым — позже отправлен другой код, действует только он; попытки с кодом исчерпаны — ' +
    'пять раз предложен занятый логин, нужен новый код; код не найден — такого кода нет',
);

export enum AccountActivationState {
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  ACTIVATED = 'ACTIVATED',
}

const accountActivationStateLabels: Record<AccountActivationState, string> = {
  PENDING: 'Код отправлен',
  EXPIRED: 'Срок кода истёк',
  ACTIVATED: 'Кабинет активирован',
};

registerLabelledEnum(
  AccountActivationState,
  'AccountActivationState',
  accountActivationStateLabels,
  'Активирован ли кабинет представителя работодателя. Код отправлен — письмо с кодом ушло, но кабинет ещё не ' +
    'активирован; срок кода истёк — код не использован за 30 дней или исчерпал попытки, нужно отправить новый; ' +
    'кабинет активирован — ' +
    'представитель создал логин и пароль',
);
