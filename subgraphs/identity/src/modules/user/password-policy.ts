/**
 * The portal's login and password policy for accounts created by activation. The web apps show the same
 * rules next to the form (web-employer's activation page).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Normalised login: portal logins are case-insensitive and stored in lower case (see sign-in). */
export const normalizeLogin = (login: string) => login.trim().toLowerCase();

export function loginProblem(login: string): string | null {
  if (!login) return 'Придумайте логин';
  if (login.length < 3 || login.length > 32) return 'Логин должен быть от 3 до 32 символов';
  if (!/^[a-z][a-z0-9._-]*$/.test(login))
    return 'Логин начинается с латинской буквы и состоит из латинских букв, цифр и знаков . _ -';
  return null;
}

export function passwordProblem(password: string, login: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Пароль должен быть не короче ${PASSWORD_MIN_LENGTH} символов`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Пароль должен быть не длиннее ${PASSWORD_MAX_LENGTH} символов`;
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'В пароле должны быть и буквы, и цифры';
  if (/\s/.test(password)) return 'В пароле не должно быть пробелов';
  if (login && password.toLowerCase().includes(login.toLowerCase()))
    return 'Пароль не должен совпадать с логином или содержать его';
  return null;
}
