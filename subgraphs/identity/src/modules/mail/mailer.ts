import type { EntityManager } from '@czn/kernel';
import nodemailer, { type Transporter } from 'nodemailer';
import { MailboxMessage } from './mailbox-message.entity';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text, in Russian. */
  text: string;
}

/** Sends e-mail: over SMTP in production, into the development mailbox otherwise. */
export interface Mailer {
  /** True for the development mailbox, whose messages GET /dev/mailbox lists. */
  readonly keepsMessages: boolean;
  send(em: EntityManager, message: MailMessage): Promise<void>;
}

export const DEFAULT_MAIL_FROM = 'Служба занятости населения <no-reply@czn.example.ru>';

/** nodemailer over SMTP_URL (smtp://user:pass@host:587 or smtps://…). */
export class SmtpMailer implements Mailer {
  readonly keepsMessages = false;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string = DEFAULT_MAIL_FROM,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(_em: EntityManager, message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }
}

/**
 * Development: nodemailer composes the message (its JSON transport, so the same code path builds it) and
 * the mailbox keeps it in identity.mailbox_message, where GET /dev/mailbox shows it.
 */
export class DevelopmentMailbox implements Mailer {
  readonly keepsMessages = true;
  private readonly transport = nodemailer.createTransport({ jsonTransport: true });

  constructor(private readonly from: string = DEFAULT_MAIL_FROM) {}

  async send(em: EntityManager, message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.from, ...message });
    const composed = JSON.parse(String(info.message)) as { subject: string; text: string };
    em.create(MailboxMessage, {
      sender: this.from,
      recipient: message.to,
      subject: composed.subject,
      body: composed.text,
      createdAt: new Date(),
    });
    await em.flush();
  }
}

export const createMailer = (smtpUrl: string | undefined, from?: string): Mailer =>
  smtpUrl ? new SmtpMailer(smtpUrl, from) : new DevelopmentMailbox(from);
