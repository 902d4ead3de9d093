export * from './credit';
export * from './limits';
export * from './schemas';
export * from './types';
