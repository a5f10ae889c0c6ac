/**
 * One audit event's details in the reader's language: a short list of
 * "field: from → to" (or "field: value" for a record made or removed), with
 * instants, days and wall-clock times written out by the app's formatters and
 * time zones by city and offset. The first few lines show; the rest unfold.
 */
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatWallClock, viewerZone, zoneLabel } from '../i18n/format';
import { detailLines, firstInstant, type Datum, type DetailLine } from './audit-details';

/** Lines shown before the rest fold away (a meeting made has a dozen fields). */
const SHOWN = 4;

export function AuditDetails({ changes, occurredAt }: { changes: unknown; occurredAt: string }) {
  const { t } = useTranslation('users');
  const lines = detailLines(changes);
  if (lines.length === 0) return <span className="muted">{t('audit.noDetails')}</span>;
  // A zone among the details is read at the event's own instant (a meeting's start, else when it happened).
  const at = firstInstant(lines) ?? occurredAt;
  const zone = viewerZone();
  const text = (d: Datum): string => {
    switch (d.kind) {
      case 'none':
        return '—';
      case 'instant':
        return formatDateTime(d.value, zone);
      case 'wallClock':
        return formatWallClock(d.value);
      case 'day':
        return formatDate(d.value);
      case 'zone':
        return zoneLabel(d.value, at);
      case 'boolean':
        return d.value ? t('audit.yes') : t('audit.no');
      case 'number':
        return String(d.value);
      case 'text':
        return d.value;
      case 'list':
        return d.items.length ? d.items.map(text).join(', ') : '—';
      case 'record':
        return d.entries.map(([field, v]) => `${field}: ${text(v)}`).join(', ');
    }
  };
  const item = (line: DetailLine) => (
    <li key={line.field}>
      {line.field && <span className="audit-field">{line.field}: </span>}
      {line.change ? t('audit.changed', { from: text(line.from), to: text(line.to) }) : text(line.value)}
    </li>
  );
  const rest = lines.slice(SHOWN);
  return (
    <div className="audit-changes">
      <ul className="plain">{lines.slice(0, SHOWN).map(item)}</ul>
      {rest.length > 0 && (
        <details>
          <summary>{t('audit.moreDetails', { count: rest.length })}</summary>
          <ul className="plain">{rest.map(item)}</ul>
        </details>
      )}
    </div>
  );
}
