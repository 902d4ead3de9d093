/**
 * The shape every language's catalog must have: the English catalog's keys, each
 * leaf a string. A key missing from (or added to) Bengali fails the typecheck.
 */
export type CatalogOf<T> = { [K in keyof T]: T[K] extends string ? string : CatalogOf<T[K]> };
