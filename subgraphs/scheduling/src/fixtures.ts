import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@czn/kernel';
import { JobCenter } from './modules/job-center/job-center.entity';

/** How tests create scheduling's records (the builder of @czn/tools): each job centre new. */
export const schedulingFixtures = {
  async jobCenter(em: EntityManager, name = 'КГКУ ЦЗН Тестового района'): Promise<JobCenter> {
    const jobCenter = Object.assign(new JobCenter(), {
      id: randomUUID(),
      name,
      city: 'Барнаул',
      address: 'г. Барнаул, ул. Тестовая, 1',
      latitude: 53.3478,
      longitude: 83.7769,
      phone: '+7 (3852) 00-00-00',
      workingHours: 'пн–пт 8:00–17:00',
    });
    await em.persist(jobCenter).flush();
    return jobCenter;
  },
};
