/**
 * The session report as plain data, in one language: the same content feeds
 * the DOCX and the PDF writers.
 */
import { desc, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { DeliverableStatus } from '../core/status.js';
import type { TaskStatus } from '../core/tasks.js';
import { getSessionDetail, listDeliverables, listTasks } from '../queries.js';
import { committeeSessions } from '../schema.js';
import { labels, type Lang } from './labels.js';

export interface ReportTable {
  heading: string;
  columns: string[];
  rows: string[][];
}

export interface SessionReport {
  title: string;
  subtitle: string;
  sections: Array<{ heading: string; paragraphs?: string[]; table?: ReportTable }>;
}

export async function sessionReport(db: DbOrTx, number: number, lang: Lang, asOf?: string): Promise<SessionReport | undefined> {
  const L = labels[lang];
  const base = await getSessionDetail(db, number, asOf ?? '9999-12-31');
  if (!base) return undefined;
  const day = asOf ?? base.heldOn;
  const session = (await getSessionDetail(db, number, day))!;
  const pick = <T extends { titleEn: string; titleVi: string }>(x: T) => (lang === 'vi' ? x.titleVi : x.titleEn);
  const name = (x: { nameEn: string; nameVi: string }) => (lang === 'vi' ? x.nameVi : x.nameEn);
  const date = (d: string | null) => (d ? (lang === 'vi' ? d.split('-').reverse().join('/') : d) : '—');

  const deliverables = await listDeliverables(db, day);
  const tasks = await listTasks(db, undefined, day);
  const byStatus = (s: DeliverableStatus) => deliverables.filter((d) => d.status === s).length;
  const taskCount = (s: TaskStatus) => tasks.filter((t) => t.status === s).length;
  const overdue = tasks.filter((t) => t.overdue);

  const [previous] = await db
    .select({ number: committeeSessions.number })
    .from(committeeSessions)
    .where(lt(committeeSessions.number, number))
    .orderBy(desc(committeeSessions.number))
    .limit(1);
  const prev = previous ? await getSessionDetail(db, previous.number, day) : undefined;

  const overdueBodies = [...new Set(overdue.map((t) => name(t.body)))].sort((a, b) => a.localeCompare(b, lang));
  return {
    title: L.title(number),
    subtitle: L.subtitle(date(session.heldOn), date(day)),
    sections: [
      {
        heading: L.summary,
        table: {
          heading: L.summary,
          columns: [L.figure, L.value],
          rows: [
            [L.deliverables, String(deliverables.length)],
            ...(['done', 'on_track', 'at_risk', 'late'] as const).map((s) => [`  ${L.status[s]}`, String(byStatus(s))]),
            [L.tasks, String(tasks.length)],
            ...(['open', 'in_progress', 'done', 'cancelled'] as const).map((s) => [`  ${L.taskStatus[s]}`, String(taskCount(s))]),
            [L.overdueTasks, String(overdue.length)],
          ],
        },
      },
      {
        heading: L.deliverablesHeading,
        table: {
          heading: L.deliverablesHeading,
          columns: [L.deliverable, L.progress, L.statusColumn, L.nextDue],
          rows: deliverables.map((d) => [(d.parentId ? '  – ' : '') + pick(d), `${Math.round(d.progress)} %`, L.status[d.status], date(d.nextDue)]),
        },
      },
      {
        heading: L.overdueHeading,
        ...(overdue.length === 0
          ? { paragraphs: [L.none] }
          : {
              table: {
                heading: L.overdueHeading,
                columns: [L.task, L.body, L.due, L.statusColumn],
                rows: overdueBodies.flatMap((b) => overdue.filter((t) => name(t.body) === b).map((t) => [pick(t), b, date(t.due), L.taskStatus[t.status]])),
              },
            }),
      },
      {
        heading: prev ? L.previousHeading(prev.number) : L.previousHeading(null),
        ...(!prev || prev.decisions.length === 0
          ? { paragraphs: [L.none] }
          : {
              paragraphs: prev.decisions.map((d, i) => `${i + 1}. ${lang === 'vi' ? d.textVi : d.textEn}`),
              table: {
                heading: L.previousHeading(prev.number),
                columns: [L.task, L.body, L.due, L.statusColumn],
                rows: prev.decisions.flatMap((d) =>
                  d.tasks.map((t) => [pick(t), name(t.body), date(t.due), t.overdue ? `${L.taskStatus[t.status]} (${L.late})` : L.taskStatus[t.status]]),
                ),
              },
            }),
      },
    ],
  };
}
