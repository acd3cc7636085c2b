/**
 * Access tokens for the bench's citizens. With NODE_ENV=production identity refuses citizens the password
 * `signIn` (they sign in only through Gosuslugi/ESIA), and the load suites need hundreds of citizen tokens,
 * more than the ESIA stub has persons. So the bench signs them here exactly as identity does
 * (subgraphs/identity/src/modules/auth/access-tokens.ts): EdDSA with identity's newest key from
 * identity.signing_key, its `kid`, issuer and audience, and the claims `sub`, `roles`, `jc`, `org`. identity
 * creates that key at its first sign-in, so a staff member must have signed in with a password first. Each
 * token has a session of its own in identity.session (`sid`), as a sign-in starts one (sessions.ts), so the
 * gateway can ask identity whether it is still on; it has no refresh token, since the bench never refreshes.
 *
 * This skips only the sign-in; everything the suites measure comes after it, and the gateway verifies these
 * tokens against identity's JWKS like any other. Nothing in identity is opened for this: the bench holds the
 * database, as it does when it inserts accounts.
 */
const { Buffer } = require('node:buffer');
const { createPrivateKey, sign } = require('node:crypto');
const { Client } = require('pg');
const { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } = require('@czn/kernel');

/** identity's default ACCESS_TOKEN_TTL_SECONDS and REFRESH_TOKEN_TTL_SECONDS. */
const TTL_SECONDS = 900;
const SESSION_SECONDS = 12 * 3600;

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Tokens for `logins`, in their order; throws if an account or identity's signing key is missing. */
async function mintAccessTokens(databaseUrl, logins) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  let key;
  let users;
  try {
    const keys = await db.query(
      'select kid, private_jwk from identity.signing_key order by created_at desc limit 1',
    );
    key = keys.rows[0];
    // One new session per account, started now, as identity's sign-in starts one.
    users = await db.query(
      `with started as (
         insert into identity.session (id, user_id, created_at, last_used_at, expires_at, ip_address, user_agent)
         select gen_random_uuid(), id, now(), now(), now() + make_interval(secs => $2), '127.0.0.1', 'czn-bench'
         from identity.user_account where login = any($1)
         returning id, user_id
       )
       select u.login, u.id, u.roles, u.job_center_id, u.organization_id, started.id as session_id
       from started join identity.user_account u on u.id = started.user_id`,
      [logins, SESSION_SECONDS],
    );
  } finally {
    await db.end();
  }
  if (!key) throw new Error('identity.signing_key пуст: сначала войдите сотрудником по паролю');
  const privateKey = createPrivateKey({
    key: typeof key.private_jwk === 'string' ? JSON.parse(key.private_jwk) : key.private_jwk,
    format: 'jwk',
  });
  const byLogin = new Map(users.rows.map((user) => [user.login, user]));
  const now = Math.floor(Date.now() / 1000);
  return logins.map((login) => {
    const user = byLogin.get(login);
    if (!user) throw new Error(`Нет учётной записи ${login}`);
    const header = base64url({ alg: 'EdDSA', kid: key.kid });
    const payload = base64url({
      roles: user.roles,
      jc: user.job_center_id,
      org: user.organization_id,
      sid: user.session_id,
      iss: ACCESS_TOKEN_ISSUER,
      aud: ACCESS_TOKEN_AUDIENCE,
      sub: user.id,
      iat: now,
      exp: now + TTL_SECONDS,
    });
    const signature = sign(null, Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
    return `${header}.${payload}.${signature}`;
  });
}

module.exports = { mintAccessTokens };
