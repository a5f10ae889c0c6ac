/**
 * The press module's demo data: the three news pages in tests/fixtures/seeds
 * imported as clippings through the same command the API uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../changelog/record.js';
import type { ModuleSeed } from '../demo/modules.js';
import { importClippingsIn } from './monitoring/commands.js';

/** Same depth from src/server/press and dist/server/press. */
export const seedPagesDir = fileURLToPath(new URL('../../../tests/fixtures/seeds/', import.meta.url));

export function seedPages(): { source: string; content: string }[] {
  return readdirSync(seedPagesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ source: `seeds/${f}`, content: readFileSync(`${seedPagesDir}${f}`, 'utf8') }));
}

export const pressSeed: ModuleSeed = {
  name: 'press',
  async load(tx) {
    await importClippingsIn(tx, systemActor, { pages: seedPages().map((p) => ({ ...p, contentType: 'text/plain' as const })) });
  },
};
