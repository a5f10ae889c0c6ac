/** All parties, grouped: ASEAN members, dialogue partners, everyone else. */
import { formatNumber, zoneLabel } from '../i18n/format';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useParties } from '../api/queries';
import type { Party } from '../api/types';
import { currentLanguage } from '../i18n/index';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { Badge } from '../meetings/labels';

const groups = [
  { id: 'members', test: (p: Party) => p.kind === 'member' },
  { id: 'partners', test: (p: Party) => p.kind !== 'member' && p.currentStatus === 'dialogue_partner' },
  { id: 'others', test: (p: Party) => p.kind !== 'member' && p.currentStatus !== 'dialogue_partner' },
] as const;

export function PartnersPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const parties = useParties();

  if (parties.isPending) return <Loading />;
  if (parties.isError) return <PageError error={parties.error} onRetry={() => void parties.refetch()} />;

  return (
    <section>
      <h1>{t('partners.title')}</h1>
      <p>
        <Link to="/chairmanships" data-testid="chairmanships-link">
          {t('chairmanships.title', { ns: 'partners' })}
        </Link>
      </p>
      {groups.map((group) => {
        const members = parties.data.filter(group.test).sort((a, b) => pick(a, 'name', lang).localeCompare(pick(b, 'name', lang), lang));
        if (members.length === 0) return null;
        return (
          <section key={group.id} className="card" data-testid={`party-group-${group.id}`}>
            <h2>
              {t(`partners.${group.id}`)} <span className="muted">({formatNumber(members.length)})</span>
            </h2>
            <ul className="party-grid">
              {members.map((party) => (
                <li key={party.code} data-testid={`party-${party.code}`}>
                  <Link to={`/partners/${party.code}`} className="party-card">
                    <span className="party-code">{party.code}</span>
                    <span className="party-name">
                      <Picked of={party} field="name" />
                    </span>
                    <span className="party-meta">
                      {group.id === 'others' && <Badge kind="kind" value={party.kind} />}
                      {party.currentStatus && <Badge kind="partnerStatus" value={party.currentStatus} />}
                    </span>
                    <span className="muted small" title={party.timeZone}>
                      {zoneLabel(party.timeZone)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
