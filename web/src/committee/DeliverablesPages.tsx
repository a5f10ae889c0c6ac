/** Deliverables: the list with computed status, and one deliverable's roadmap. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatPercent } from '../i18n/format';
import { Picked, PickedList } from '../i18n/InLanguage';
import { canEditMeetings, useUser } from '../auth/session';
import { Loading, PageError } from '../layout/QueryState';
import { useDeliverable, useDeliverables } from './api';
import { AsOfPicker, CommitteeNav, day, StatusBadge, useAsOf } from './parts';
import { ProgressForm } from './RoadmapEditor';
import type { Deliverable } from './types';
import { ScrollRegion } from '../layout/ScrollRegion';

function Progress({ value }: { value: number }) {
  return (
    <span className="progress" title={formatPercent(value / 100)}>
      <span className="progress-bar" style={{ width: `${value}%` }} />
      <span className="progress-label">{formatPercent(value / 100)}</span>
    </span>
  );
}

function DeliverableRows({ list, all, depth = 0 }: { list: Deliverable[]; all: Deliverable[]; depth?: number }) {
  const { t } = useTranslation('committee');
  return (
    <>
      {list.map((d) => (
        <Fragment key={d.id}>
          <tr data-testid={`deliverable-${d.slug ?? d.id}`}>
            <td style={{ paddingLeft: `${0.6 + depth * 1.4}rem` }}>
              <Link to={`/committee/deliverables/${d.id}`}>
                <Picked of={d} field="title" />
              </Link>
            </td>
            <td>
              <PickedList of={d.owners} field="name" />
            </td>
            <td>
              <Progress value={d.progress} />
            </td>
            <td>{day(d.nextDue)}</td>
            <td>
              <StatusBadge status={d.status} />
            </td>
          </tr>
          <DeliverableRows list={all.filter((c) => c.parentId === d.id)} all={all} depth={depth + 1} />
        </Fragment>
      ))}
      {list.length === 0 && depth === 0 && (
        <tr>
          <td colSpan={5} className="muted">
            {t('none')}
          </td>
        </tr>
      )}
    </>
  );
}

export function DeliverablesPage() {
  const { t } = useTranslation('committee');
  const [asOf] = useAsOf();
  const list = useDeliverables(asOf);
  const user = useUser();
  if (list.isPending) return <Loading />;
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  const all = list.data.deliverables;
  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <h1>{t('deliverables.title')}</h1>
        <div className="heading-tools">
          {canEditMeetings(user) && (
            <Link className="button button-primary" to="/committee/deliverables/new" data-testid="deliverable-new">
              {t('editor.newButton')}
            </Link>
          )}
          <AsOfPicker />
        </div>
      </header>
      <ScrollRegion className="card table-scroll" label={t('deliverables.title')}>
        <table className="table">
          <thead>
            <tr>
              <th>{t('deliverable')}</th>
              <th>{t('owners')}</th>
              <th>{t('progress')}</th>
              <th>{t('nextDue')}</th>
              <th>{t('statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            <DeliverableRows list={all.filter((d) => d.parentId === null)} all={all} />
          </tbody>
        </table>
      </ScrollRegion>
    </article>
  );
}

export function DeliverablePage() {
  const { id } = useParams();
  const { t } = useTranslation('committee');
  const [asOf] = useAsOf();
  const detail = useDeliverable(id, asOf);
  const user = useUser();
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <PageError error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            {d.year}
            {d.proposer && (
              <>
                {' · '}
                {t('proposer')}: <Picked of={d.proposer} field="name" />
              </>
            )}
          </p>
          <h1>
            <Picked of={d} field="title" />
          </h1>
          <p className="badges">
            <StatusBadge status={d.status} />
          </p>
        </div>
        <div className="heading-tools">
          {canEditMeetings(user) && (
            <Link className="button" to={`/committee/deliverables/${d.id}/edit`} data-testid="deliverable-edit">
              {t('editor.edit')}
            </Link>
          )}
          <AsOfPicker />
        </div>
      </header>
      <div className="committee-grid">
        <section className="card">
          <h2>{t('progress')}</h2>
          <Progress value={d.progress} />
          <ul className="plain-list">
            {d.progressUpdates.map((u) => (
              <li key={u.id}>
                <strong>{day(u.recordedOn)}</strong> · {formatPercent(u.percent / 100)}
                {u.note && ` — ${u.note}`}
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('owners')}: <PickedList of={d.owners} field="name" />
          </p>
          {canEditMeetings(user) && d.children.length === 0 && <ProgressForm id={d.id} />}
        </section>
        <section className="card">
          <h2>{t('milestones')}</h2>
          <ScrollRegion label={t('milestones')}>
            <table className="table">
              <tbody>
                {d.milestones.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Picked of={m} field="title" />
                    </td>
                    <td>
                      {day(m.dueOn)}
                      {m.beforeMeeting && (
                        <div className="muted">
                          {t('beforeMeeting')}{' '}
                          <Link to={`/meetings/${m.beforeMeeting.id}`}>
                            <Picked of={m.beforeMeeting} field="title" />
                          </Link>
                        </div>
                      )}
                    </td>
                    <td>{m.metOn ? t('metOn', { day: day(m.metOn) }) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      </div>
      {d.children.length > 0 && (
        <section className="card">
          <h2>{t('subDeliverables')}</h2>
          <ScrollRegion label={t('subDeliverables')}>
            <table className="table">
              <tbody>
                <DeliverableRows list={d.children} all={d.children} />
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
      {d.meetings.length > 0 && (
        <section className="card">
          <h2>{t('meetings')}</h2>
          <ul className="plain-list">
            {d.meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>
                  <Picked of={m} field="title" />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
