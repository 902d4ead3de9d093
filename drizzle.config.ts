import { defineConfig } from 'drizzle-kit';

// Used only to generate migrations from the schema; the server applies them itself at start
// (drizzle-kit never opens a PGlite data directory).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema/index.ts',
  out: './drizzle',
});
