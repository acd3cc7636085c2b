import { DEMO_PASSWORD, demoJobCenterIds, demoUserIds } from '@czn/demo';
import type { EntityManager, Role } from '@czn/kernel';
import { hash } from '@node-rs/argon2';
import { User } from '../modules/user/user.entity';

const demoUsers: Array<{ id: string; login: string; fullName: string; roles: Role[]; jobCenterId?: string }> =
  [
    { id: demoUserIds.ivanov, login: 'ivanov', fullName: 'Иванов Иван Иванович', roles: ['CITIZEN'] },
    { id: demoUserIds.petrova, login: 'petrova', fullName: 'Петрова Анна Сергеевна', roles: ['CITIZEN'] },
    {
      id: demoUserIds.operatorBarnaul,
      login: 'operator.barnaul',
      fullName: 'Смирнова Ольга Петровна',
      roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
      jobCenterId: demoJobCenterIds.barnaul,
    },
    {
      id: demoUserIds.operatorBiysk,
      login: 'operator.biysk',
      fullName: 'Кузнецов Дмитрий Алексеевич',
      roles: ['REGISTRAR', 'CAREER_CONSULTANT'],
      jobCenterId: demoJobCenterIds.biysk,
    },
    {
      id: demoUserIds.employer,
      login: 'employer',
      fullName: 'Соколов Андрей Викторович',
      roles: ['EMPLOYER'],
    },
  ];

/** Demo accounts (password demo12345); existing ones are left as they are. */
export async function seed(em: EntityManager): Promise<void> {
  const existing = new Set(
    (await em.find(User, { id: { $in: demoUsers.map((u) => u.id) } })).map((u) => u.id),
  );
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const { jobCenterId, ...user } of demoUsers) {
    if (existing.has(user.id)) continue;
    em.create(User, { ...user, jobCenterId: jobCenterId ?? null, passwordHash, createdAt: new Date() });
  }
  await em.flush();
}
