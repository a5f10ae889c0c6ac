/** Everyone in the data set with their party and current roles. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePeople } from '../api/queries';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { ScrollRegion } from '../layout/ScrollRegion';

export function PeoplePage() {
  const { t } = useTranslation();
  const people = usePeople();

  if (people.isPending) return <Loading />;
  if (people.isError) return <PageError error={people.error} onRetry={() => void people.refetch()} />;

  const sorted = [...people.data].sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  return (
    <section>
      <h1>{t('people.title')}</h1>
      <ScrollRegion className="card table-scroll" label={t('people.title')}>
        <table className="table" data-testid="people-table">
          <thead>
            <tr>
              <th>{t('people.name')}</th>
              <th>{t('people.party')}</th>
              <th>{t('people.currentRoles')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link to={`/people/${person.id}`}>{person.fullName}</Link>
                </td>
                <td>
                  {person.party && (
                    <Link to={`/partners/${person.party.code}`}>
                      <Picked of={person.party} field="name" />
                    </Link>
                  )}
                </td>
                <td>
                  <ul className="plain">
                    {person.currentRoles.map((role) => (
                      <li key={role.titleEn}>
                        <Picked of={role} field="title" />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
