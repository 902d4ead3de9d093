export * from './articles';
export * from './audit';
export * from './auth';
export * from './links';
export * from './media';
export * from './sections';
export * from './site';
export * from './workflow';
