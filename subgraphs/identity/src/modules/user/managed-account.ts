import { badUserInput, type EntityManager } from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import { loginProblem, normalizeLogin, passwordProblem } from './password-policy';
import { Session } from '../session/session.entity';
import { User } from './user.entity';
import type { NewAccountInput } from './new-account.input';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks an account an administrator creates (name, login, password policy, e-mail, a free login) and
 * returns its checked fields with the password's hash; `whose` completes «Укажите ФИО …».
 */
export async function checkNewAccount(
  em: EntityManager,
  input: NewAccountInput,
  whose: string,
): Promise<Pick<User, 'fullName' | 'login' | 'email' | 'passwordHash'>> {
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName.split(' ').length < 2)
    throw badUserInput('fullName', `Укажите фамилию, имя и отчество (если есть) ${whose}`);
  const login = normalizeLogin(input.login);
  const loginMessage = loginProblem(login);
  if (loginMessage) throw badUserInput('login', loginMessage);
  const passwordMessage = passwordProblem(input.password, login);
  if (passwordMessage) throw badUserInput('password', passwordMessage);
  const email = input.email?.trim().toLowerCase() || null;
  if (email && !EMAIL.test(email))
    throw badUserInput(
      'email',
      'Укажите адрес электронной почты, например smirnova@czn.example.ru, или оставьте поле пустым',
    );
  if ((await em.count(User, { login })) > 0) throw loginTaken(login);
  return { fullName, login, email, passwordHash: await hash(input.password) };
}

const loginTaken = (login: string) => badUserInput('login', `Логин «${login}» уже занят: придумайте другой`);

/** Saves a new account; a login taken meanwhile by someone else is the same input error as a taken one. */
export async function saveNewAccount(em: EntityManager, user: User): Promise<User> {
  try {
    await em.persist(user).flush();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw loginTaken(user.login ?? '');
    throw error;
  }
  return user;
}

/** Switches an account off: without a password it cannot sign in; its sessions end now, its access token within minutes. */
export async function deactivateAccount(em: EntityManager, user: User): Promise<User> {
  if (user.deactivatedAt) return user;
  const now = new Date();
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { deactivatedAt: now, passwordHash: null });
    await tx.nativeUpdate(
      Session,
      { user: user.id, revokedAt: null },
      { revokedAt: now, revokedReason: 'SIGN_OUT_EVERYWHERE' },
    );
  });
  user.deactivatedAt = now;
  return user;
}
