import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every module's tables, each in its module's schema.ts (the foundation's in db/).
  schema: './src/server/**/schema.ts',
  out: './drizzle',
});
