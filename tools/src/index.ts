export * from './compose';
export * from './stack';
export * from './subgraph-definitions';
export * from './given';
