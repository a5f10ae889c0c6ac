/** One task: who owes it, by when, its sub-tasks, its files and the conversation about it. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { canEditMeetings, useUser } from '../auth/session';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { useAddComment, useBodies, useTask } from './api';
import { Attachments } from './Attachments';
import { CommitteeNav, day, TaskStatusBadge, TaskTable } from './parts';

/** Staff change any task; a focal point only its own bodies' (the server checks it again). */
function useCanEdit(bodyId: number | undefined): boolean {
  const user = useUser();
  const bodies = useBodies();
  if (canEditMeetings(user)) return true;
  return !!user?.roles.includes('ministry_focal_point') && bodyId !== undefined && !!bodies.data?.mine.includes(bodyId);
}

export function TaskPage() {
  const { id } = useParams();
  const { t } = useTranslation('committee');
  const task = useTask(id);
  const canEdit = useCanEdit(task.data?.body.id);
  if (task.isPending) return <Loading />;
  if (task.isError) return <PageError error={task.error} onRetry={() => void task.refetch()} />;
  const x = task.data;
  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            <Picked of={x.body} field="name" />
            {x.sessionNumber !== null && (
              <>
                {' · '}
                <Link to={`/committee/sessions/${x.sessionNumber}`}>{t('sessions.name', { number: x.sessionNumber })}</Link>
              </>
            )}
          </p>
          <h1 data-testid="task-title">
            <Picked of={x} field="title" />
          </h1>
          <TaskStatusBadge task={x} />
        </div>
      </header>
      <section className="card">
        <dl className="facts">
          <dt>{t('due')}</dt>
          <dd>{day(x.due)}</dd>
          {x.closedOn && (
            <>
              <dt>{t(`closedOn.${x.status === 'cancelled' ? 'cancelled' : 'done'}`)}</dt>
              <dd data-testid="task-closed-on">{day(x.closedOn)}</dd>
            </>
          )}
          <dt>{t('responsible')}</dt>
          <dd>{x.responsible ? <Link to={`/people/${x.responsible.id}`}>{x.responsible.fullName}</Link> : '—'}</dd>
          <dt>{t('priority')}</dt>
          <dd>{t(`priorities.${x.priority}`)}</dd>
        </dl>
      </section>
      {x.subTasks.length > 0 && (
        <section className="card">
          <h2>{t('subTasks')}</h2>
          <TaskTable tasks={x.subTasks} label={t('subTasks')} />
        </section>
      )}
      <Attachments taskId={x.id} attachments={x.attachments} canEdit={canEdit} />
      <section className="card">
        <h2>{t('comments')}</h2>
        {x.comments.length === 0 && <p className="muted">{t('none')}</p>}
        <ul className="plain-list" data-testid="comments">
          {x.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.author ?? '—'}</strong>: {c.body}
            </li>
          ))}
        </ul>
        {canEdit && <CommentForm id={x.id} />}
      </section>
    </article>
  );
}

function CommentForm({ id }: { id: number }) {
  const { t } = useTranslation('committee');
  const add = useAddComment(id);
  const [body, setBody] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(body, { onSuccess: () => setBody('') });
  };
  return (
    <form onSubmit={submit} className="progress-form">
      <input value={body} onChange={(e) => setBody(e.target.value)} aria-label={t('comment')} placeholder={t('comment')} required />
      <button type="submit" className="button button-primary" disabled={add.isPending}>
        {t('addComment')}
      </button>
      {add.isError && (
        <p className="state state-error" role="alert">
          {add.error.message}
        </p>
      )}
    </form>
  );
}
