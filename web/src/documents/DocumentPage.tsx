/** One document: facts (editable by those allowed), the next workflow steps open to the user, its timeline, versions and diff. */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { zoneLabel } from '../i18n/format';
import { Picked, PickedList } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { useUser } from '../auth/session';
import { useDocument, type DocumentDetail, type Edit, type Step as StepView } from './api';
import { EditDocument } from './EditDocument';
import { StatusBadge } from './parts';
import { StructuredTextCard } from './StructuredText';
import { Versions } from './Versions';
import { formatInstant as when } from './when';
import { WorkflowActions } from './WorkflowActions';

/** The roles the workflow lets take some step (auth/permissions.ts `documents.transition`). */
const stepRoles = ['admin', 'secretariat', 'ministry_focal_point', 'delegation_liaison'];

export function DocumentPage() {
  const { id } = useParams();
  const { t } = useTranslation('documents');
  const document = useDocument(id);
  const [editing, setEditing] = useState(false);
  const user = useUser();
  // Readers who never take workflow steps (visitors, the press, the committee) see no empty "next step" card.
  const takesSteps = !!user?.roles.some((r) => stepRoles.includes(r));
  if (document.isPending) return <Loading />;
  if (document.isError) return <PageError error={document.error} onRetry={() => void document.refetch()} />;
  const d = document.data;
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/documents">← {t('document.back')}</Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            {d.referenceCode} · {t(`type.${d.type}`)}
          </p>
          <h1 data-testid="document-title">
            <Picked of={d} field="title" />
          </h1>
          <p className="badges">
            <StatusBadge status={d.status} />
          </p>
        </div>
      </header>
      {editing ? (
        <EditDocument key={d.id} document={d} onDone={() => setEditing(false)} />
      ) : (
        <div className={takesSteps ? 'meeting-grid' : undefined}>
          <Facts d={d} onEdit={d.editableFields.length ? () => setEditing(true) : undefined} />
          {takesSteps && <WorkflowActions document={d} />}
        </div>
      )}
      {d.silence && (
        <section className="card" data-testid="silence">
          <h2>
            {t('document.silence')} {when(d.silence.deadline)}
          </h2>
          <p className="muted">{t('document.silenceLocal')}</p>
          <table className="table">
            <tbody>
              {d.silence.byDelegation.map((s) => (
                <tr key={s.party.code}>
                  <td>
                    <Picked of={s.party} field="name" />
                  </td>
                  <td className="nowrap">{s.localDeadline}</td>
                  <td className="muted" title={s.timeZone}>
                    {zoneLabel(s.timeZone, d.silence!.deadline)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <Versions document={d} />
      <StructuredTextCard document={d} />
      <section className="card">
        <h2>{t('document.timeline')}</h2>
        <ol className="timeline" data-testid="timeline">
          {timelineOf(d).map((entry) =>
            entry.kind === 'step' ? (
              <li key={`s${entry.step.id}`} className={entry.step.id === d.timeline.at(-1)?.id ? 'current' : undefined} data-testid="timeline-step">
                <Step s={entry.step} />
              </li>
            ) : (
              <li key={`e${entry.edit.id}`} className="timeline-edit" data-testid="timeline-edit">
                <span className="badge">{t('document.edited')}</span> <span className="muted">{when(entry.edit.occurredAt)}</span>{' '}
                {entry.edit.actor && t('document.by', { name: entry.edit.actor })}
                <p className="comment">{entry.edit.fields.map((f) => t(`edit.${f}`)).join(', ')}</p>
              </li>
            ),
          )}
        </ol>
      </section>
    </article>
  );
}

type Entry = { kind: 'step'; at: string; step: StepView } | { kind: 'edit'; at: string; edit: Edit };

/** Workflow steps and edits of the registry facts, in the order they happened. */
function timelineOf(d: DocumentDetail): Entry[] {
  const entries: Entry[] = [
    ...d.timeline.map((step) => ({ kind: 'step' as const, at: step.occurredAt, step })),
    ...d.edits.map((edit) => ({ kind: 'edit' as const, at: edit.occurredAt, edit })),
  ];
  // Stable: a step and an edit in the same instant keep steps first.
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

function Step({ s }: { s: StepView }) {
  const { t } = useTranslation('documents');
  return (
    <>
      <StatusBadge status={s.toStatus} /> <span className="muted">{when(s.occurredAt)}</span>{' '}
      {s.actor ? t('document.by', { name: s.actor }) : s.fromStatus ? t('document.byClock') : ''}
      {s.meeting && (
        <>
          {' · '}
          <Trans t={t} i18nKey="document.at" components={{ meeting: <Picked of={s.meeting} field="title" /> }} />
        </>
      )}
      {s.objector && (
        <>
          {' · '}
          <Trans t={t} i18nKey="document.objectedBy" components={{ party: <Picked of={s.objector} field="name" /> }} />
        </>
      )}
      {s.comment && <p className="comment">{s.comment}</p>}
    </>
  );
}

function Facts({ d, onEdit }: { d: DocumentDetail; onEdit?: () => void }) {
  const { t } = useTranslation('documents');
  return (
    <section className="card">
      {onEdit && (
        <p className="card-tools">
          <button type="button" className="button button-small button-ghost" onClick={onEdit} data-testid="edit-document">
            {t('edit.open')}
          </button>
        </p>
      )}
      <dl className="facts">
        <dt>{t('document.meeting')}</dt>
        <dd>
          <Link to={`/meetings/${d.meeting.id}`}>
            <Picked of={d.meeting} field="title" />
          </Link>
          <br />
          <Link to={`/meetings/${d.meeting.id}/outcomes`}>{t('document.outcomes')} →</Link>
        </dd>
        <dt>{t('document.pillar')}</dt>
        <dd>{t(`pillar.${d.pillar}`)}</dd>
        <dt>{t('document.intended')}</dt>
        <dd>{t(`action.${d.intendedAction}`)}</dd>
        {d.finalAction && (
          <>
            <dt>{t('document.final')}</dt>
            <dd>{t(`actionDone.${d.finalAction}`)}</dd>
          </>
        )}
        {d.finalActionReason && (
          <>
            <dt>{t('document.reason')}</dt>
            <dd>{d.finalActionReason}</dd>
          </>
        )}
        {(d.leadBodyEn || d.leadBodyVi) && (
          <>
            <dt>{t('document.leadBody')}</dt>
            <dd>
              <Picked of={d} field="leadBody" />
            </dd>
          </>
        )}
        <dt>{t('document.proposers')}</dt>
        <dd>
          <PickedList of={d.proposerParties} field="name" />
        </dd>
        <dt>{t('document.confidentiality')}</dt>
        <dd>{t(`confidentiality.${d.confidentiality}`)}</dd>
        {d.embargoUntil && (
          <>
            <dt>{t('document.embargo')}</dt>
            <dd>{when(d.embargoUntil)}</dd>
          </>
        )}
        {d.related.length > 0 && (
          <>
            <dt>{t('document.related')}</dt>
            <dd>
              <ul className="plain">
                {d.related.map((r) => (
                  <li key={r.id}>
                    <Link to={`/documents/${r.id}`}>
                      <span className="nowrap">{r.referenceCode}</span> · <Picked of={r} field="title" />
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {d.relatedDeliverables.length > 0 && (
          <>
            <dt>{t('document.deliverables')}</dt>
            <dd>
              <ul className="plain">
                {d.relatedDeliverables.map((r) => (
                  <li key={r.id}>
                    <Link to={`/committee/deliverables/${r.id}`}>
                      <Picked of={r} field="title" />
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
