/**
 * Why no schedule fits, in sentences naming who and when (every independent
 * conflict, each on its own), and the changes that would resolve each, each
 * verified by the server and priced by the schedule it found, with an "apply"
 * for those that are one write: a meeting's length, or a change of the
 * cluster's rules.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { currentLanguage } from '../i18n';
import { formatDay, formatShortDate, formatTime, instantIn, minutesLabel } from '../i18n/format';
import { pick } from '../i18n/pick';
import { ErrorState } from '../layout/QueryState';
import { useSaveRules, type ClusterView, type ConflictItem, type Explanation, type Relaxation } from './api';
import { rulesWith } from './explain-format';

interface Props {
  explanation: Explanation;
  cluster: ClusterView;
  /** Meetings held at a picked start for this run. */
  pins: Record<string, string>;
  /** Whether the run ignored the cluster's comfort rules (then a change of night rules would not show). */
  defaultComfort: boolean;
  canEdit: boolean;
  /** After a change was applied: run the optimizer again. */
  onApplied: () => void;
}

const list = (items: string[]) => new Intl.ListFormat(currentLanguage() === 'vi' ? 'vi' : 'en', { type: 'conjunction' }).format(items);

export function ExplanationPanel({ explanation, cluster, pins, defaultComfort, canEdit, onApplied }: Props) {
  const { t } = useTranslation('scheduling');
  const zone = cluster.hostTimeZone;
  const title = (id: string) => {
    const m = cluster.meetings.find((x) => String(x.id) === id);
    return m ? pick(m, 'title') : id;
  };
  const party = (code: string) => {
    const p = cluster.parties.find((x) => x.code === code);
    return p ? pick(p, 'name') : code;
  };
  const when = (iso: string) => {
    const dt = instantIn(iso, zone);
    return `${formatShortDate(dt)} ${formatTime(dt)}`;
  };
  const price = (p: { max: number; total: number }) => t('explain.price', { max: p.max, total: p.total });

  if (explanation.status !== 'infeasible') {
    return (
      <div className="state state-error" role="alert" data-testid="explanation">
        {t(`explain.status.${explanation.status}`)}
      </div>
    );
  }

  /** The conflict's groups as sentences; its meetings (a cap or no-overlap conflict) as one line at the end. */
  const sentences = (conflict: ConflictItem[]): string[] => {
    const windowDays = conflict.find((g) => g.kind === 'window')?.days ?? Infinity;
    const sentence = (g: ConflictItem): string | null => {
      switch (g.kind) {
        case 'window':
          return t('explain.window', { from: formatDay(g.from), to: formatDay(g.to), count: g.days });
        case 'hours': {
          const rows = list(g.rows.map((r) => `${list(r.delegations.map(party))} (${minutesLabel(r.utcOffsetMinutes)})`));
          const spans = g.free.map((f) => {
            const utc = `${formatTime(instantIn(f.from, 'UTC'))}–${formatTime(instantIn(f.to, 'UTC'))} UTC`;
            const host = `${formatTime(instantIn(f.from, zone))}–${formatTime(instantIn(f.to, zone))}`;
            const key = f.days >= windowDays ? 'explain.spanEachDay' : f.days > 1 ? 'explain.spanDaily' : 'explain.spanOnce';
            return t(key, { utc, host, count: f.days, day: formatShortDate(instantIn(f.from, zone)) });
          });
          const free = spans.length ? t('explain.leave', { spans: list(spans) }) : t('explain.leaveNothing');
          return t('explain.hours', { rows, free, meeting: title(g.meeting), minutes: g.durationMinutes });
        }
        case 'meeting':
          return null;
        case 'allowed':
          return t('explain.allowed', { meeting: title(g.meeting), from: when(g.from), to: when(g.to) });
        case 'fixed':
          if (g.held) return t('explain.held', { meeting: title(g.meeting), time: when(g.start) });
          return t(pins[g.meeting] ? 'explain.pinned' : 'explain.fixed', { meeting: title(g.meeting), time: when(g.start) });
        case 'precedence':
          return t('explain.precedence', { before: title(g.before), after: title(g.after), buffer: g.bufferMinutes });
        case 'overlap':
          return t('explain.overlap', { buffer: g.bufferMinutes });
        case 'cap':
          return t('explain.cap', { minutes: g.minutes, days: g.days, room: g.minutes * g.days, need: g.meetingMinutes });
      }
    };
    const lines = conflict.map(sentence).filter((s): s is string => s !== null);
    const meetings = conflict.filter((g): g is Extract<ConflictItem, { kind: 'meeting' }> => g.kind === 'meeting');
    if (meetings.length) {
      lines.push(
        t('explain.meetings', {
          meetings: list(meetings.map((m) => t('explain.meetingLength', { meeting: title(m.meeting), minutes: m.durationMinutes }))),
          total: meetings.reduce((s, m) => s + m.durationMinutes, 0),
        }),
      );
    }
    return lines;
  };

  // Every independent conflict, each with what would resolve it (the server lists at least one when infeasible); one reads as it always did.
  const parts = explanation.conflicts;
  const several = parts.length > 1;

  return (
    <div className="explanation" data-testid="explanation">
      {several && (
        <p data-testid="conflict-count">
          <strong>{t('explain.several', { count: parts.length })}</strong>
        </p>
      )}
      {parts.map((part, k) => (
        <section key={k} className="conflict-part" data-testid="conflict-part">
          <div className="state state-error" role="alert">
            <strong>{several ? t('explain.headingNumbered', { n: k + 1, count: parts.length }) : t('explain.heading')}</strong>
            <ul data-testid="conflict">
              {sentences(part.conflict).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {!part.minimal && <p className="hint">{t('explain.notMinimal')}</p>}
          </div>
          <h3>{several ? t('explain.relaxHeadingNumbered', { n: k + 1 }) : t('explain.relaxHeading')}</h3>
          {part.relaxations.length === 0 ? (
            <p className="muted" data-testid="no-relaxation">
              {t(several ? 'explain.noRelaxationSeveral' : 'explain.noRelaxation')}
            </p>
          ) : (
            <ul className="plain relaxations" data-testid="relaxations">
              {part.relaxations.map((r, i) => (
                <RelaxationRow
                  key={i}
                  relaxation={r}
                  cluster={cluster}
                  label={relaxLabel(r)}
                  price={price(r.price)}
                  canApply={canEdit && applicable(r)}
                  onApplied={onApplied}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
      <p className="hint">{t(several ? 'explain.priceHintSeveral' : 'explain.priceHint')}</p>
    </div>
  );

  function relaxLabel(r: Relaxation): string {
    switch (r.kind) {
      case 'shorten':
        return t('explain.relax.shorten', { meeting: title(r.meeting), from: r.fromMinutes, to: r.toMinutes });
      case 'night':
        return t('explain.relax.night', {
          who: `${list(r.delegations.map(party))} (${minutesLabel(r.utcOffsetMinutes)})`,
          count: r.delegations.length,
          minutes: r.nightMinutes,
          burden: r.burden,
        });
      case 'widen':
        return t(`explain.relax.widen.${r.side}`, { from: formatDay(r.window.from), to: formatDay(r.window.to) });
      case 'cap':
        return t('explain.relax.cap', { from: r.fromMinutes, to: r.toMinutes });
      case 'unfix':
        return t('explain.relax.unfix', { meeting: title(r.meeting) });
      case 'dropPrecedence':
        return t('explain.relax.dropPrecedence', { before: title(r.before), after: title(r.after) });
      case 'dropAllowed':
        return t('explain.relax.dropAllowed', { meeting: title(r.meeting) });
    }
  }

  /** One write that the next run will see: a meeting's length, or a rule (night rules only when the run uses the cluster's comfort). */
  function applicable(r: Relaxation): boolean {
    if (r.kind === 'shorten') return cluster.meetings.some((m) => String(m.id) === r.meeting);
    if (r.kind === 'night' && defaultComfort) return false;
    return rulesWith(cluster, r) !== null;
  }
}

function RelaxationRow({
  relaxation,
  cluster,
  label,
  price,
  canApply,
  onApplied,
}: {
  relaxation: Relaxation;
  cluster: ClusterView;
  label: string;
  price: string;
  canApply: boolean;
  onApplied: () => void;
}) {
  const { t } = useTranslation('scheduling');
  const client = useQueryClient();
  const saveRules = useSaveRules(cluster.id);
  const shorten = useMutation({
    mutationFn: ({ id, endsAt }: { id: number; endsAt: string }) => api.patch(`/meetings/${id}`, { endsAt }),
    onSuccess: async () => {
      await client.invalidateQueries({ predicate: (q) => ['schedule-cluster', 'meetings', 'meeting', 'schedule-slots'].includes(String(q.queryKey[0])) });
    },
  });
  const apply = () => {
    if (relaxation.kind === 'shorten') {
      const m = cluster.meetings.find((x) => String(x.id) === relaxation.meeting)!;
      shorten.mutate({ id: m.id, endsAt: new Date(Date.parse(m.startsAt) + relaxation.toMinutes * 60_000).toISOString() }, { onSuccess: onApplied });
      return;
    }
    const rules = rulesWith(cluster, relaxation);
    if (rules) saveRules.mutate(rules, { onSuccess: onApplied });
  };
  const pending = shorten.isPending || saveRules.isPending;
  const error = shorten.error ?? saveRules.error;
  return (
    <li data-testid={`relaxation-${relaxation.kind}`}>
      <span>{label}</span> <span className="muted">{price}</span>
      {canApply && (
        <button type="button" className="button button-small" onClick={apply} disabled={pending} data-testid={`apply-${relaxation.kind}`}>
          {pending ? t('explain.applying') : t('explain.apply')}
        </button>
      )}
      {error && <ErrorState error={error} />}
    </li>
  );
}
