export * from './dates';
export * from './labels';
export * from './plural';
