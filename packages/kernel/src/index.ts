import 'reflect-metadata';

export * from './config';
export * from './enums';
export * from './errors';
export * from './format-error';
export * from './internal-token';
export * from './loaders';
export * from './logger';
export * from './orm';
export * from './page';
export * from './personal-data';
export * from './request-log';
export * from './shutdown';
export * from './subgraph';
export * from './subgraph-schema';
export * from './subgraph-server';
export * from './verified-tokens';
export * from './viewer';
