/**
 * A cluster's scheduling rules, edited in one form: the window and the
 * chair's limits, fixed meetings and allowed ranges, precedences, and each
 * delegation's comfort. Saved in one change-logged write; the server's
 * problems come back beside the field they name.
 */
import { formatDate, zoneLabel } from '../i18n/format';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading, PageError } from '../layout/QueryState';
import { findCycle } from '../../../src/server/scheduling/validate';
import { useClusterSchedule, useSaveRules, type ClusterRules, type ClusterView } from './api';
import { RuleProblem, type Problems } from './RuleProblem';
import { RulesComfort } from './RulesComfort';
import { RulesMeetings } from './RulesMeetings';
import { draftOf, rulesOf, targetOf, type ProblemTarget, type RulesDraft } from './rules-draft';
import './scheduling.css';
import { DateInput } from '../layout/DateInput';

export function RulesPage() {
  const { id } = useParams();
  const cluster = useClusterSchedule(id);
  // Staff only: the route's gate (App.tsx) refuses anyone else.
  if (cluster.isPending) return <Loading />;
  if (cluster.isError) return <PageError error={cluster.error} onRetry={() => void cluster.refetch()} />;
  return <RulesForm cluster={cluster.data} key={cluster.data.id} />;
}

function RulesForm({ cluster }: { cluster: ClusterView }) {
  const { t } = useTranslation('scheduling');
  const [draft, setDraft] = useState<RulesDraft>(() => draftOf(cluster));
  const [sent, setSent] = useState<ClusterRules | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useSaveRules(cluster.id);
  const title = (meetingId: number | null) => {
    const m = cluster.meetings.find((x) => x.id === meetingId);
    return m ? pick(m, 'title') : '';
  };

  const edit = (change: (d: RulesDraft) => RulesDraft) => {
    setSaved(false);
    setDraft(change);
  };

  const problems: Problems = useMemo(() => {
    const placed =
      save.error instanceof ApiError && sent
        ? save.error.details.map((d) => {
            const target = targetOf(d.path, sent);
            return { target, problem: { text: wordsFor(target, d.message), message: d.message } };
          })
        : [];
    return {
      at: (match) => placed.filter((p) => match(p.target)).map((p) => p.problem),
      targets: (match) => placed.filter((p) => match(p.target)).map((p) => p.target),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words depend on the rules sent, not on later edits
  }, [save.error, sent, t]);

  /** Our words for a problem; a precedence cycle is named with this language's titles. */
  function wordsFor(target: ProblemTarget, message: string): string {
    switch (target.kind) {
      case 'window':
        return t('rules.errors.window');
      case 'cap': {
        const longest = Math.max(...cluster.meetings.filter((m) => m.chair !== null).map((m) => m.durationMinutes));
        return t('rules.errors.cap', { minutes: longest });
      }
      case 'buffer':
        return t('rules.errors.number');
      case 'fixed':
        return t('rules.errors.fixed');
      case 'range': {
        const m = cluster.meetings.find((x) => x.id === target.meetingId);
        return t('rules.errors.range', { minutes: m?.durationMinutes ?? 0 });
      }
      case 'precedence': {
        if (!message.startsWith('Precedence cycle')) return t('rules.errors.precedence');
        const cycle = findCycle(sent!.precedences.map((p) => ({ before: String(p.beforeMeetingId), after: String(p.afterMeetingId) })));
        return t('rules.errors.cycle', { cycle: (cycle ?? []).map((id) => title(Number(id))).join(' → ') });
      }
      case 'party':
        return target.field === 'timeZone'
          ? t('rules.errors.zone', { example: zoneLabel('Pacific/Auckland', cluster.meetings[0]?.startsAt) })
          : target.field === 'bands'
            ? t('rules.errors.bands')
            : t('rules.errors.general');
      case 'general':
        return t('rules.errors.general');
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const rules = rulesOf(draft, cluster);
    setSent(rules);
    save.mutate(rules, {
      onSuccess: (view) => {
        setDraft(draftOf(view));
        setSaved(true);
      },
    });
  };
  const general = problems.at((p) => p.kind === 'general');
  /** The chair's daily cap or buffer, in minutes, with its problem beside it. */
  const chairMinutes = (field: 'cap' | 'buffer', step: number) => (
    <>
      <label className="field">
        {t(`rules.chair.${field}`)}
        <input
          type="number"
          min={0}
          max={1440}
          step={step}
          value={draft[field]}
          onChange={(e) => edit((d) => ({ ...d, [field]: e.target.value }))}
          data-testid={`rules-${field}`}
        />
      </label>
      <RuleProblem problems={problems.at((p) => p.kind === field)} testId={`rules-error-${field}`} />
    </>
  );

  return (
    <article className="schedule-page">
      <p className="breadcrumb">
        <Link to={`/clusters/${cluster.id}/schedule`}>
          ← <Picked of={cluster} field="title" />
        </Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{t('rules.eyebrow')}</p>
          <h1 data-testid="rules-title" data-page-kind={t('rules.eyebrow')}>
            <Picked of={cluster} field="title" />
          </h1>
          <p className="muted">{t('rules.intro', { zone: zoneLabel(cluster.hostTimeZone, cluster.meetings[0]?.startsAt) })}</p>
        </div>
      </header>
      <form onSubmit={submit} noValidate data-testid="rules-form">
        <section className="card">
          <h2>{t('rules.window.heading')}</h2>
          <div className="schedule-controls">
            <label className="field">
              {t('rules.window.from')}
              <DateInput
                type="date"
                value={draft.windowFrom}
                onChange={(e) => edit((d) => ({ ...d, windowFrom: e.target.value }))}
                data-testid="rules-window-from"
              />
            </label>
            <label className="field">
              {t('rules.window.to')}
              <DateInput type="date" value={draft.windowTo} onChange={(e) => edit((d) => ({ ...d, windowTo: e.target.value }))} data-testid="rules-window-to" />
            </label>
            <RuleProblem problems={problems.at((p) => p.kind === 'window')} testId="rules-error-window" />
          </div>
          <p className="hint">{t('rules.window.hint', { from: formatDate(cluster.defaults.window.from), to: formatDate(cluster.defaults.window.to) })}</p>
          <h3>{t('rules.chair.heading')}</h3>
          <div className="schedule-controls">
            {chairMinutes('cap', 15)}
            {chairMinutes('buffer', 5)}
          </div>
          <p className="hint">{t('rules.chair.hint')}</p>
        </section>

        <RulesMeetings cluster={cluster} draft={draft} edit={edit} problems={problems} />
        <RulesComfort cluster={cluster} draft={draft} edit={edit} problems={problems} />

        <div className="card rules-save">
          {general.length > 0 && (
            <p className="state state-error" role="alert" data-testid="rules-error-general">
              {general.map((g) => g.message).join('; ')}
            </p>
          )}
          {save.isError && !(save.error instanceof ApiError && save.error.status === 400) && <ErrorState error={save.error} />}
          {save.isError && save.error instanceof ApiError && save.error.status === 400 && (
            <p className="state state-error" role="alert" data-testid="rules-save-error">
              {t('rules.seeFields')}
            </p>
          )}
          {saved && (
            <p className="notice" role="status" data-testid="rules-saved">
              {t('rules.saved')}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="rules-save">
              {save.isPending ? t('rules.saving') : t('rules.save')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                save.reset();
                setDraft(draftOf(cluster));
              }}
            >
              {t('rules.reset')}
            </button>
            <Link className="button button-ghost" to={`/clusters/${cluster.id}/schedule`}>
              {t('rules.back')}
            </Link>
          </div>
        </div>
      </form>
    </article>
  );
}
