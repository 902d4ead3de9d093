export * from './credit';
export * from './limits';
export * from './photo-fields';
export * from './schemas';
export * from './types';
