export * from './count';
export * from './dates';
export * from './digits';
export * from './normalize';
export * from './slug';
export * from './tokenize';
export * from './transliterate';
