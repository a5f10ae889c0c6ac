import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from './migrations.js';
import { openPglite } from './pglite.js';

describe('the embedded database in memory, with shared buffers of its own', () => {
  it('opens with the shared buffers asked for', { timeout: 60_000 }, async () => {
    const database = await openPglite({ memory: true }, { sharedBuffers: '32MB' });
    try {
      const rows = rowsOf<{ shared_buffers: string }>(await database.db.execute(sql`show shared_buffers`));
      expect(rows[0]!.shared_buffers).toBe('32MB');
    } finally {
      await database.close();
    }
  });

  it('refuses a size it cannot read, naming it', async () => {
    await expect(openPglite({ memory: true }, { sharedBuffers: '32MB; fsync = off' })).rejects.toThrow(/shared buffers: '32MB; fsync = off'/);
  });
});
