export * from './articles';
export * from './audit';
export * from './auth';
export * from './links';
export * from './media';
export * from './rate-limits';
export * from './sections';
export * from './workflow';
