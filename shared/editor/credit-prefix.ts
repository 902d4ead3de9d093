/** The paper's photo credit line: `caption ছবি : credit`. Kept free of Tiptap imports so any screen can use it. */
export const CREDIT_PREFIX = 'ছবি : ';
