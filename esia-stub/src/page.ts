import type { DemoEsiaPerson } from '@czn/demo';

export type Method = 'phone' | 'snils' | 'signature';

export const METHODS: Array<{ id: Method; label: string }> = [
  { id: 'phone', label: 'Телефон / почта' },
  { id: 'snils', label: 'СНИЛС' },
  { id: 'signature', label: 'Электронная подпись' },
];

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#eef2f7;color:#0b1f33}
main{max-width:28rem;margin:3rem auto;background:#fff;border-radius:8px;padding:2rem;box-shadow:0 2px 8px rgba(11,31,51,.12)}
h1{font-size:1.5rem;margin:0 0 .25rem}
.note{color:#4a5a6b;margin:0 0 1.5rem;font-size:.9rem}
nav ul{display:flex;gap:.25rem;list-style:none;padding:0;margin:0 0 1.5rem;border-bottom:2px solid #dbe2ea}
nav a{display:block;padding:.5rem .75rem;color:#0d4cd3;text-decoration:none;border-bottom:3px solid transparent;margin-bottom:-2px}
nav a[aria-current=page]{color:#0b1f33;border-bottom-color:#0d4cd3;font-weight:600}
nav a:focus-visible,button:focus-visible,input:focus-visible,.cancel:focus-visible{outline:3px solid #ffb300;outline-offset:2px}
label{display:block;font-weight:600;margin:0 0 .25rem}
input{box-sizing:border-box;width:100%;padding:.6rem .75rem;border:1px solid #66727f;border-radius:4px;font:inherit;margin-bottom:1rem}
button{width:100%;padding:.7rem;border:0;border-radius:4px;background:#0d4cd3;color:#fff;font:inherit;font-weight:600;cursor:pointer}
.error{background:#fdecea;color:#8a1c12;border-left:4px solid #c62828;padding:.75rem 1rem;margin:0 0 1rem}
.cancel{display:inline-block;margin-top:1rem;color:#0d4cd3}
details{margin-top:1.5rem;font-size:.9rem;color:#33404d}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem .25rem 0;vertical-align:top}
`;

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export interface SignInPageOptions {
  requestId: string;
  method: Method;
  error?: string;
  login?: string;
  cancelUrl: string;
  persons: DemoEsiaPerson[];
  password: string;
}

/** The sign-in page: three ways of seed 000 as links (works without scripts, by keyboard). */
export function signInPage(options: SignInPageOptions): string {
  const { requestId, method, error, login = '', cancelUrl } = options;
  const tabs = METHODS.map(
    ({ id, label }) =>
      `<li><a href="/aas/oauth2/v2/ac/login?request=${encodeURIComponent(requestId)}&amp;method=${id}"${
        id === method ? ' aria-current="page"' : ''
      }>${label}</a></li>`,
  ).join('');
  const errorBlock = error ? `<p class="error" role="alert">${escape(error)}</p>` : '';
  let form: string;
  if (method === 'signature') {
    form = `<p role="status">Вход с электронной подписью в тестовой заглушке ЕСИА недоступен. Войдите по телефону, почте или СНИЛС и паролю.</p>`;
  } else {
    const field =
      method === 'snils'
        ? `<label for="login">СНИЛС</label>
<input id="login" name="login" inputmode="numeric" autocomplete="username" placeholder="000-000-000 00" required value="${escape(login)}" autofocus>`
        : `<label for="login">Телефон или почта</label>
<input id="login" name="login" autocomplete="username" placeholder="+7 (900) 000-00-00 или name@example.ru" required value="${escape(login)}" autofocus>`;
    form = `<form method="post" action="/aas/oauth2/v2/ac/login">
<input type="hidden" name="request" value="${escape(requestId)}">
<input type="hidden" name="method" value="${method}">
${field}
<label for="password">Пароль</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Войти</button>
</form>`;
  }
  const accounts = options.persons
    .map(
      (p) =>
        `<tr><td>${escape(`${p.lastName} ${p.firstName} ${p.middleName}`)}${p.trusted ? '' : ' (не подтверждена)'}</td><td>${escape(p.phone)}<br>${escape(p.email)}<br>СНИЛС ${escape(p.snils)}</td></tr>`,
    )
    .join('');
  return layout(
    'Вход — Госуслуги (заглушка ЕСИА)',
    `<h1>Вход на Госуслуги</h1>
<p class="note">Тестовая заглушка ЕСИА для разработки: настоящие учётные записи здесь не работают.</p>
<nav aria-label="Способ входа"><ul>${tabs}</ul></nav>
${errorBlock}
${form}
<a class="cancel" href="${escape(cancelUrl)}">Вернуться на портал без входа</a>
<details>
<summary>Тестовые учётные записи</summary>
<p>Пароль у всех: <code>${escape(options.password)}</code></p>
<table><caption class="note">Войти можно по телефону, почте или СНИЛС</caption>
<thead><tr><th scope="col">Человек</th><th scope="col">Вход</th></tr></thead><tbody>${accounts}</tbody></table>
</details>`,
  );
}

export function errorPage(message: string): string {
  return layout(
    'Ошибка — Госуслуги (заглушка ЕСИА)',
    `<h1>Вход невозможен</h1><p class="error" role="alert">${escape(message)}</p>`,
  );
}
