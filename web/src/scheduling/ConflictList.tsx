/** Why nothing fits, in words: the conflicting constraint groups from the API. */
import { formatDate } from '../i18n/format';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import type { ClusterView, ConflictGroup } from './api';

/** `pins`: meetings held at a picked start for this run; their fixed start is the pin. */
export function ConflictList({ conflict, cluster, pins }: { conflict: ConflictGroup[]; cluster: ClusterView; pins: Record<string, string> }) {
  const { t } = useTranslation('scheduling');
  const title = (id: string | undefined) => {
    const m = cluster.meetings.find((x) => String(x.id) === id);
    return m ? pick(m, 'title') : (id ?? '');
  };
  return (
    <div className="state state-error" role="alert" data-testid="conflict">
      <strong>{t('conflict.heading')}</strong>
      <ul>
        {conflict.map((g, i) => (
          <li key={i}>
            {t(g.kind === 'fixed' && g.meeting !== undefined && pins[g.meeting] ? 'conflict.pinned' : `conflict.${g.kind}`, {
              meeting: title(g.meeting),
              before: title(g.before),
              after: title(g.after),
              participants: g.participants,
              buffer: g.bufferMinutes,
              minutes: g.minutes,
              from: formatDate(cluster.startsOn),
              to: formatDate(cluster.endsOn),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
