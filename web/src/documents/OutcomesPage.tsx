/** What one meeting adopted, noted and issued: one card per action, by type inside, with exports. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { Link, useParams } from 'react-router-dom';
import { currentLanguage } from '../i18n';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { useOutcomes } from './api';

export function OutcomesPage() {
  const { id } = useParams();
  const { t } = useTranslation('documents');
  const outcomes = useOutcomes(id);
  if (outcomes.isPending) return <Loading />;
  if (outcomes.isError) return <PageError error={outcomes.error} onRetry={() => void outcomes.refetch()} />;
  const o = outcomes.data;
  const lang = currentLanguage();
  // One card per action (adopted, noted, issued), its types inside, in the server's order.
  const byAction = [...new Set(o.groups.map((g) => g.action))].map((a) => [a, o.groups.filter((g) => g.action === a)] as const);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/meetings/${o.meeting.id}`}>← {t('outcomes.meetingPage')}</Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{t('outcomes.title')}</p>
          <h1 data-page-kind={t('outcomes.title')}>
            <Picked of={o.meeting} field="title" />
          </h1>
          <p className="muted" data-testid="outcome-total">
            {t('outcomes.total', { count: o.total })}
          </p>
        </div>
        <div className="exports">
          {t('outcomes.export')}:{' '}
          {(['csv', 'docx', 'pdf'] as const).map((f) => (
            <a key={f} className="button button-small" href={`/api/meetings/${o.meeting.id}/outcomes/${f}?lang=${lang}`} data-testid={`export-${f}`}>
              {f.toUpperCase()}
            </a>
          ))}
        </div>
      </header>
      {o.total === 0 && <p className="card">{t('outcomes.none')}</p>}
      {byAction.map(([action, groups]) => (
        <section className="card" key={action} data-testid={`outcomes-${action}`}>
          <h2>
            {t(`actionDone.${action}`)} ({groups.reduce((n, g) => n + g.count, 0)})
          </h2>
          {groups.map((g) => (
            <section key={g.type} className="outcome-group">
              <h3>
                {t(`type.${g.type}`)} ({formatNumber(g.count)})
              </h3>
              <ul className="plain outcome-list">
                {g.documents.map((d) => (
                  <li key={d.id}>
                    <span className="muted nowrap">{d.referenceCode}</span>{' '}
                    <Link to={`/documents/${d.id}`}>
                      <Picked of={d} field="title" />
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
