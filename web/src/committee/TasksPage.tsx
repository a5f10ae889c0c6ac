/** Tasks three ways: mine (with quick status changes), a board by status, a table by body. */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { canEditMeetings, useUser } from '../auth/session';
import { Picked } from '../i18n/InLanguage';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { ScrollRegion } from '../layout/ScrollRegion';
import { useTasks, useUpdateTask } from './api';
import { AsOfPicker, CommitteeNav, day, TaskStatusBadge, TaskTable, useAsOf } from './parts';
import { taskStatuses, type Task, type TaskStatus } from './types';

const views = ['mine', 'board', 'table'] as const;
type View = (typeof views)[number];

export function TasksPage() {
  const { t } = useTranslation('committee');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const fallback: View = canEditMeetings(user) ? 'board' : 'mine';
  const view = (views as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : fallback;
  const [asOf] = useAsOf();
  const tasks = useTasks({ mine: view === 'mine' ? 'true' : undefined, asOf: asOf || undefined });

  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <h1>{t('tasks.title')}</h1>
        <AsOfPicker />
      </header>
      <p className="tabs" role="tablist">
        {views.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={v === view}
            className={v === view ? 'button button-primary' : 'button'}
            data-testid={`view-${v}`}
            onClick={() =>
              setParams((p) => {
                p.set('view', v);
                return p;
              })
            }
          >
            {t(`tasks.${v}`)}
          </button>
        ))}
      </p>
      {tasks.isPending && <Loading />}
      {tasks.isError && <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data && view === 'mine' && <MyTasks tasks={tasks.data.tasks} />}
      {tasks.data && view === 'board' && <Board tasks={tasks.data.tasks} />}
      {tasks.data && view === 'table' && <ByBody tasks={tasks.data.tasks} />}
    </article>
  );
}

function MyTasks({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation('committee');
  const update = useUpdateTask();
  if (tasks.length === 0) return <p className="card muted">{t('tasks.noneMine')}</p>;
  return (
    <section className="card">
      <TaskTable
        tasks={tasks}
        label={t('tasks.mine')}
        testId="my-tasks"
        rowTestId={(task) => `my-task-${task.id}`}
        action={(task) => (
          <select
            aria-label={t('statusLabel')}
            value={task.status}
            disabled={update.isPending}
            data-testid="task-status"
            onChange={(e) => update.mutate({ id: task.id, status: e.target.value as TaskStatus })}
          >
            {taskStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`taskStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      />
      {update.isError && (
        <p className="state state-error" role="alert">
          {update.error.message}
        </p>
      )}
    </section>
  );
}

function Board({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation('committee');
  return (
    <ScrollRegion className="board" label={t('tasks.board')} testId="board">
      {taskStatuses.map((s) => (
        <section key={s} className="card board-column" data-testid={`board-${s}`}>
          <h2>
            {t(`taskStatus.${s}`)} <span className="muted">{tasks.filter((x) => x.status === s).length}</span>
          </h2>
          {tasks
            .filter((x) => x.status === s)
            .map((task) => (
              <div key={task.id} className={task.overdue ? 'board-card overdue' : 'board-card'}>
                <Link to={`/committee/tasks/${task.id}`}>
                  <strong>
                    <Picked of={task} field="title" />
                  </strong>
                </Link>
                <div className="muted">
                  <Picked of={task.body} field="name" /> · {day(task.due)}
                </div>
                <TaskStatusBadge task={task} />
              </div>
            ))}
        </section>
      ))}
    </ScrollRegion>
  );
}

function ByBody({ tasks }: { tasks: Task[] }) {
  const bodies = [...new Map(tasks.map((x) => [x.body.id, x.body])).values()];
  return (
    <>
      {bodies.map((b) => (
        <section key={b.id} className="card">
          <h2>
            <Picked of={b} field="name" />
          </h2>
          <TaskTable tasks={tasks.filter((x) => x.body.id === b.id)} label={pick(b, 'name')} />
        </section>
      ))}
    </>
  );
}
