import type { MailMessage } from '../mail/mailer';

const date = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

export interface ActivationEmailFacts {
  to: string;
  fullName: string;
  organizationName: string;
  inn: string;
  code: string;
  expiresAt: Date;
  /** web-employer's address, such as https://rabota.example.ru/employer */
  employerAppUrl: string;
}

/** The activation e-mail (seed 002): a link, the code to type instead, the deadline and what to do after it. */
export function activationEmail(facts: ActivationEmailFacts): MailMessage {
  const base = facts.employerAppUrl.replace(/\/+$/, '');
  const link = `${base}/activate?code=${encodeURIComponent(facts.code)}`;
  return {
    to: facts.to,
    subject: 'Активация личного кабинета работодателя на портале службы занятости',
    text: [
      `Здравствуйте, ${facts.fullName}!`,
      '',
      `Центр занятости населения создал личный кабинет представителя организации ${facts.organizationName} (ИНН ${facts.inn}) на Интерактивном портале службы занятости.`,
      '',
      'Чтобы активировать кабинет, перейдите по ссылке и нажмите «Подтвердить»:',
      link,
      '',
      `Или откройте ${base}/activate и введите код активации вручную: ${facts.code}`,
      '',
      'Затем придумайте логин и пароль: с ними вы будете входить в личный кабинет.',
      '',
      `Код действует 30 дней, до ${date.format(facts.expiresAt)}, и использовать его можно один раз. Если срок истёк, обратитесь в центр занятости: вам отправят новый код.`,
      '',
      'Если вы не обращались в центр занятости, не отвечайте на это письмо.',
    ].join('\n'),
  };
}
