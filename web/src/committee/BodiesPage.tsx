/** The National Committee, its subcommittees, the ministries, localities and ASEAN bodies, with their people. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { useBodies } from './api';
import { CommitteeNav } from './parts';

const kinds = ['national_committee', 'subcommittee', 'ministry', 'locality', 'asean_body'];

export function BodiesPage() {
  const { t } = useTranslation('committee');
  const bodies = useBodies();
  if (bodies.isPending) return <Loading />;
  if (bodies.isError) return <ErrorState error={bodies.error} onRetry={() => void bodies.refetch()} />;
  const { mine } = bodies.data;
  return (
    <article className="committee">
      <CommitteeNav />
      <h1>{t('bodies.title')}</h1>
      {kinds.map((kind) => {
        const list = bodies.data.bodies.filter((b) => b.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} className="card">
            <h2>{t(`bodies.kind.${kind}`)}</h2>
            <ul className="plain-list">
              {list.map((b) => (
                <li key={b.id} data-testid={`body-${b.slug}`}>
                  <strong>{pick(b, 'name')}</strong>
                  {mine.includes(b.id) && <span className="badge">{t('bodies.mine')}</span>}
                  {b.members.length > 0 && (
                    <ul>
                      {b.members.map((m) => (
                        <li key={m.personId}>
                          {t(`bodies.position.${m.position}`)}: <Link to={`/people/${m.personId}`}>{m.fullName}</Link>
                        </li>
                      ))}
                    </ul>
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
