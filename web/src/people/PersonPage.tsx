/** One person: party, roles over time and the meetings they chaired. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePerson } from '../api/queries';
import { formatDay } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { MeetingTable } from '../meetings/labels';

export function PersonPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const person = usePerson(id);

  if (person.isPending) return <Loading />;
  if (person.isError) return <PageError error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;
  const roles = [...p.roles].sort((a, b) => b.from.localeCompare(a.from));

  return (
    <article>
      <p className="breadcrumb">
        <Link to="/people">← {t('people.title')}</Link>
      </p>
      <header className="page-heading">
        <div>
          {p.party && (
            <p className="eyebrow">
              <Link to={`/partners/${p.party.code}`}>
                <Picked of={p.party} field="name" />
              </Link>
            </p>
          )}
          <h1>{p.fullName}</h1>
        </div>
      </header>
      <section className="card">
        <h2>{t('people.roles')}</h2>
        {roles.length === 0 ? (
          <p className="muted">{t('people.noRoles')}</p>
        ) : (
          <ol className="timeline" data-testid="person-roles">
            {roles.map((role) => (
              <li key={`${role.titleEn}:${role.from}`} className={role.to === null ? 'current' : undefined}>
                <div className="timeline-when">
                  {formatDay(role.from)} – {role.to === null ? t('people.present') : formatDay(role.to)}
                </div>
                <div className="timeline-what">
                  <Picked of={role} field="title" />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card">
        <h2>{t('people.chaired')}</h2>
        <MeetingTable meetings={p.chaired} empty={t('people.noChaired')} label={t('people.chaired')} />
      </section>
    </article>
  );
}
