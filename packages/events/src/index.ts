export * from './event';
export * from './event-bus';
export * from './outbox';
export * from './outbox-event.entity';
export * from './postgres-bus';
export * from './redis-bus';
export * from './relay';
