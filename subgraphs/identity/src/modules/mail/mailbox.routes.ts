import type { Orm } from '@czn/kernel';
import type { Express } from 'express';
import { MailboxMessage } from './mailbox-message.entity';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Escapes the text and turns every http(s) address in it into a link. */
const linkify = (text: string) =>
  escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

const dateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Asia/Barnaul',
  dateStyle: 'short',
  timeStyle: 'medium',
});

function page(messages: MailboxMessage[]): string {
  const items = messages
    .map(
      (m) => `<article>
  <h2>${escapeHtml(m.subject)}</h2>
  <p class="meta">Кому: ${escapeHtml(m.recipient)} · От: ${escapeHtml(m.sender)} · ${dateTime.format(m.createdAt)}</p>
  <pre>${linkify(m.body)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Почта (разработка)</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1f1f1f; }
  article { border: 1px solid #c8c8c8; border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
  h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
  .meta { color: #595959; margin: 0 0 .75rem; }
  pre { white-space: pre-wrap; font: inherit; margin: 0; }
</style>
</head>
<body>
<main>
<h1>Почта (разработка)</h1>
<p>Письма, которые портал отправил бы по электронной почте; новые сверху. В рабочей среде письма уходят по SMTP, и этой страницы нет.</p>
${messages.length ? items : '<p>Писем пока нет.</p>'}
</main>
</body>
</html>`;
}

/** GET /dev/mailbox (a page) and /dev/mailbox.json: the development mailbox's last 100 messages. */
export function mailboxRoutes(app: Express, orm: Orm): void {
  const latest = () =>
    orm.em.fork().find(MailboxMessage, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 });
  app.get('/dev/mailbox', async (_req, res) => {
    res
      .set('cache-control', 'no-store')
      .type('html')
      .send(page(await latest()));
  });
  app.get('/dev/mailbox.json', async (_req, res) => {
    res.set('cache-control', 'no-store').json(await latest());
  });
}
