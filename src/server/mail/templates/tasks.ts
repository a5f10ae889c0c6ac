/** The committee's tasks: one given to a body, and the digest of tasks newly overdue. */
import { day, pick, type Bilingual, type MailLanguage, type TemplateSpec } from './format.js';

export interface TaskAssignedMail {
  template: 'task_assigned';
  name: string;
  task: { titleEn: string; titleVi: string };
  body: { nameEn: string; nameVi: string };
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  path: string;
}

export interface OverdueDigestMail {
  template: 'overdue_digest';
  name: string;
  /** The tasks that became overdue since the last sweep, for the recipient's bodies. */
  tasks: Array<{ title: Bilingual; body: Bilingual; dueOn: string; path: string }>;
  path: string;
}

export const taskAssigned: TemplateSpec<TaskAssignedMail> = {
  category: 'tasks',
  subject: { vi: (m) => `Nhiệm vụ mới: ${m.task.titleVi}`, en: (m) => `New task: ${m.task.titleEn}` },
  body: {
    vi: (m, url) => [
      `${m.body.nameVi} được giao nhiệm vụ: ${m.task.titleVi}.`,
      m.dueOn ? `Hạn hoàn thành: ${day(m.dueOn, 'vi')}.` : 'Chưa có hạn hoàn thành.',
      '',
      url(m.path),
    ],
    en: (m, url) => [
      `${m.body.nameEn} has been given a task: ${m.task.titleEn}.`,
      m.dueOn ? `Due: ${day(m.dueOn, 'en')}.` : 'No due day yet.',
      '',
      url(m.path),
    ],
  },
};

const overdueLines = (m: OverdueDigestMail, lang: MailLanguage, url: (path: string) => string) =>
  m.tasks.map((t) => `• ${pick(t.title, lang)} — ${pick(t.body, lang)} (${lang === 'vi' ? 'hạn' : 'due'} ${day(t.dueOn, lang)}): ${url(t.path)}`);

export const overdueDigest: TemplateSpec<OverdueDigestMail> = {
  category: 'tasks',
  subject: {
    vi: (m) => `${m.tasks.length} nhiệm vụ đã quá hạn`,
    en: (m) => (m.tasks.length === 1 ? '1 task is overdue' : `${m.tasks.length} tasks are overdue`),
  },
  body: {
    vi: (m, url) => ['Các nhiệm vụ sau của cơ quan bạn đã quá hạn hoàn thành:', '', ...overdueLines(m, 'vi', url), '', url(m.path)],
    en: (m, url) => ['These tasks of your bodies are past their due day:', '', ...overdueLines(m, 'en', url), '', url(m.path)],
  },
};
