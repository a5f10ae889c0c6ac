import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { addDays, todayIn } from '../../src/server/committee/core/dates.js';
import { sweepOverdue } from '../../src/server/committee/overdue.js';
import { notifications } from '../../src/server/committee/schema.js';
import { loadConfig } from '../../src/server/config.js';
import { demoRefs } from '../../src/server/demo/refs.js';
import { engines } from '../helpers/database.js';
import { newTask as newTaskFor } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';

interface Task {
  id: number;
  titleEn: string;
  body: { id: number; nameEn: string };
  status: string;
}
interface Body {
  id: number;
  slug: string;
}

describe.each(engines)('the overdue sweep on %s', (engine) => {
  let h: Harness;
  let staff: Client;
  let focal: Client;
  let moit: number;
  let focalUser: number;
  const today = todayIn();

  beforeAll(async () => {
    h = await startHarness(engine);
    staff = await h.signIn('secretariat@gavel.demo');
    focal = await h.signIn('focal.moit@gavel.demo');
    moit = (await staff.get('/api/committee/bodies')).json<{ bodies: Body[] }>().bodies.find((b) => b.slug === 'moit')!.id;
    focalUser = await demoRefs(h.database.db).user('focal.moit@gavel.demo');
  });
  afterAll(async () => {
    await h?.close();
  });

  const overdueNotes = async (taskId: number) =>
    h.database.db
      .select({ day: notifications.day })
      .from(notifications)
      .where(and(eq(notifications.userId, focalUser), eq(notifications.taskId, taskId), eq(notifications.kind, 'overdue')));
  const newTask = async (dueOn: string) => (await newTaskFor<Task>(staff, moit, { titleEn: `Due ${dueOn}`, titleVi: `Hạn ${dueOn}`, dueOn })).id;

  it('has announced the overdue demo tasks at start-up, before anyone read a digest', async () => {
    const tasks = (await focal.get('/api/tasks?mine=true')).json<{ tasks: Task[] }>().tasks;
    expect(tasks.length).toBe(2);
    // The one still open is announced; the one done before its day is not.
    for (const t of tasks) expect(await overdueNotes(t.id), t.titleEn).toEqual(t.status === 'done' ? [] : [{ day: '2020-11-11' }]);
    expect(tasks.filter((t) => t.status !== 'done')).toHaveLength(1);
    // Sweeping again announces nothing new.
    expect(await sweepOverdue(h.database.db)).toBe(0);
  });

  it('announces a task once when it becomes overdue, however often it is swept', async () => {
    const id = await newTask(addDays(today, 3));
    expect(await sweepOverdue(h.database.db)).toBe(0);
    expect(await overdueNotes(id)).toEqual([]);
    // The day after its due day, it is overdue: one notice for the body's focal point.
    const later = addDays(today, 4);
    expect(await sweepOverdue(h.database.db, later)).toBe(1);
    expect(await sweepOverdue(h.database.db, later)).toBe(0);
    expect(await sweepOverdue(h.database.db, addDays(today, 10))).toBe(0);
    expect(await overdueNotes(id)).toEqual([{ day: addDays(today, 3) }]);
  });

  it('announces again only for a new overdue event: a new due day missed too', async () => {
    const id = await newTask(addDays(today, -2));
    expect(await sweepOverdue(h.database.db)).toBe(1);
    // Done, then reopened while still late for the same day: the same event.
    expect((await focal.patch(`/api/tasks/${id}`, { status: 'done' })).statusCode).toBe(200);
    expect(await sweepOverdue(h.database.db)).toBe(0);
    expect((await focal.patch(`/api/tasks/${id}`, { status: 'in_progress' })).statusCode).toBe(200);
    expect(await sweepOverdue(h.database.db)).toBe(0);
    // Given a new day, and missing it as well.
    expect((await focal.patch(`/api/tasks/${id}`, { dueOn: addDays(today, -1) })).statusCode).toBe(200);
    expect(await sweepOverdue(h.database.db)).toBe(1);
    expect((await overdueNotes(id)).map((n) => n.day).sort()).toEqual([addDays(today, -2), addDays(today, -1)]);
  });

  it('announces nothing for a done or cancelled task', async () => {
    const id = await newTask(addDays(today, -5));
    expect((await staff.patch(`/api/tasks/${id}`, { status: 'cancelled' })).statusCode).toBe(200);
    expect(await sweepOverdue(h.database.db)).toBe(0);
    expect(await overdueNotes(id)).toEqual([]);
  });

  it('sweeps when an app starts, unless turned off', async () => {
    const id = await newTask(addDays(today, -3));
    const start = async (overdueSweepMinutes: number) => {
      const app = await buildApp({
        database: h.database,
        config: { ...loadConfig({}), logLevel: 'silent', overdueSweepMinutes },
        serveWeb: false,
        logger: false,
      });
      await app.ready();
      await app.close();
    };
    await start(0);
    expect(await overdueNotes(id)).toEqual([]);
    await start(15);
    expect(await overdueNotes(id)).toEqual([{ day: addDays(today, -3) }]);
  });
});
