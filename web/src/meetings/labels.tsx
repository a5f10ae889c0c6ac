/** Small shared pieces for meetings: badges and the meeting-summary table. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MeetingSummary } from '../api/types';
import { formatShortDate, instantIn, zoneLabel } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { ScrollRegion } from '../layout/ScrollRegion';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{t(`status.${status}`, { defaultValue: status })}</span>;
}

export function Badge({ kind, value }: { kind: 'level' | 'format' | 'kind' | 'partnerStatus'; value: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${kind}`}>{t(`${kind}.${value}`, { defaultValue: value })}</span>;
}

export function ZoneLabel({ zone, at }: { zone: string; at?: string }) {
  return (
    <span className="zone" title={zone}>
      {zoneLabel(zone, at)}
    </span>
  );
}

/** Meetings in host time, used on party and person pages. */
export function MeetingTable({ meetings, empty, label }: { meetings: MeetingSummary[]; empty: string; label: string }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ScrollRegion label={label}>
      <table className="table">
        <thead>
          <tr>
            <th>{t('meetings.date')}</th>
            <th>{t('meetings.title')}</th>
            <th>{t('meetings.level')}</th>
            <th>{t('meetings.format')}</th>
            <th>{t('meetings.status')}</th>
            <th>{t('meetings.host')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => {
            const start = instantIn(m.startsAt, m.hostTimeZone);
            return (
              <tr key={m.id}>
                <td className="nowrap">
                  {formatShortDate(start)} {start.year}
                </td>
                <td>
                  <Link to={`/meetings/${m.id}`}>
                    <Picked of={m} field="title" />
                  </Link>
                </td>
                <td className="nowrap">{t(`level.${m.level}`)}</td>
                <td className="nowrap">{t(`format.${m.format}`)}</td>
                <td>
                  <StatusBadge status={m.status} />
                </td>
                <td className="nowrap">
                  <Picked of={m} field="hostCity" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
