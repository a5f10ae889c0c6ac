/** The National Committee, its subcommittees, the ministries, localities and ASEAN bodies, with their people; admins edit them here. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { bodyKinds } from '../../../src/server/committee/core/vocabulary';
import { canEditReference, useUser } from '../auth/session';
import { formatDay } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { useBodies } from './api';
import { BodyEditor, NewBodyForm } from './BodyEditor';
import { CommitteeNav } from './parts';

export function BodiesPage() {
  const { t } = useTranslation('committee');
  const bodies = useBodies();
  const editor = canEditReference(useUser());
  const [editing, setEditing] = useState<number | null>(null);
  if (bodies.isPending) return <Loading />;
  if (bodies.isError) return <PageError error={bodies.error} onRetry={() => void bodies.refetch()} />;
  const { mine } = bodies.data;
  return (
    <article className="committee">
      <CommitteeNav />
      <h1>{t('bodies.title')}</h1>
      {editor && <NewBodyForm bodies={bodies.data.bodies} />}
      {bodyKinds.map((kind) => {
        const list = bodies.data.bodies.filter((b) => b.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} className="card">
            <h2>{t(`bodies.kind.${kind}`)}</h2>
            <ul className="plain-list">
              {list.map((b) => (
                <li key={b.id} data-testid={`body-${b.slug}`} className={b.deactivatedAt ? 'body-inactive' : undefined}>
                  <strong>
                    <Picked of={b} field="name" />
                  </strong>
                  {mine.includes(b.id) && <span className="badge">{t('bodies.mine')}</span>}
                  {b.deactivatedAt && (
                    <span className="badge badge-muted" data-testid="body-deactivated">
                      {t('bodies.deactivatedOn', { date: formatDay(b.deactivatedAt.slice(0, 10)) })}
                    </span>
                  )}
                  {editor && (
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      aria-expanded={editing === b.id}
                      onClick={() => setEditing(editing === b.id ? null : b.id)}
                      data-testid="body-edit"
                    >
                      {editing === b.id ? t('bodies.close') : t('bodies.edit')}
                    </button>
                  )}
                  {editing === b.id ? (
                    <BodyEditor body={b} />
                  ) : (
                    b.members.length > 0 && (
                      <ul>
                        {b.members.map((m) => (
                          <li key={m.personId}>
                            {t(`bodies.position.${m.position}`)}: <Link to={`/people/${m.personId}`}>{m.fullName}</Link>
                          </li>
                        ))}
                      </ul>
                    )
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
