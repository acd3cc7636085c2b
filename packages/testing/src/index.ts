export * from './database';
export * from './graphql';
export * from './sql-counter';
export * from './subgraph-harness';
export * from './viewers';
export * from './migration';
