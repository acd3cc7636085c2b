import { OutboxEvent } from '@czn/events';
import { outboxJournal, type SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type CitizenLoaders } from './loaders';
import { migrations } from './migrations';
import { Appeal, AppealStatusChange } from './modules/appeal/appeal.entity';
import { AppealNumberCounter } from './modules/appeal/appeal-number.entity';
import { appealSubscriptions } from './modules/appeal/appeal.subscriptions';
import { buildSchema } from './schema';

export const citizen: SubgraphDefinition<CitizenLoaders> = {
  name: 'citizen',
  entities: [Appeal, AppealStatusChange, AppealNumberCounter, OutboxEvent],
  migrations,
  buildSchema,
  createLoaders,
  subscriptions: appealSubscriptions,
  personalDataJournal: outboxJournal('citizen.audit'),
};
