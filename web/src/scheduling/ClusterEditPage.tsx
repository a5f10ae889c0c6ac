/**
 * Making or editing a cluster of meetings: its titles, host zone and window,
 * the meetings in it (existing ones attached, planned ones made inside it,
 * a planned meeting's participants), saved in one change-logged write; the
 * server's problems come back beside the field they name. The rules live on
 * their own page, linked from here.
 */
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMeetings, useParties, useSeries } from '../api/queries';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading, PageError } from '../layout/QueryState';
import { FieldError, SaveError, splitDetails, ZoneInput } from '../meetings/form-parts';
import { useClusterSchedule, useSaveCluster, type ClusterView } from './api';
import { bodyOf, draftOf, type ClusterDraft } from './cluster-draft';
import { ClusterMeetingsEditor } from './ClusterMeetingsEditor';
import './scheduling.css';
import { DateInput } from '../layout/DateInput';

const FIELDS = [
  'titleEn',
  'titleVi',
  'hostTimeZone',
  'startsOn',
  'endsOn',
  'meetingIds',
  'detachMeetingIds',
  'newMeetings',
  'participants',
  'rules',
  'meetings',
] as const;

export function ClusterEditPage() {
  const { id } = useParams();
  const cluster = useClusterSchedule(id);
  // Staff only: the route's gate (App.tsx) refuses anyone else.
  if (id === undefined) return <ClusterForm cluster={null} />;
  if (cluster.isPending) return <Loading />;
  if (cluster.isError) return <PageError error={cluster.error} onRetry={() => void cluster.refetch()} />;
  return <ClusterForm cluster={cluster.data} key={cluster.data.id} />;
}

function ClusterForm({ cluster }: { cluster: ClusterView | null }) {
  const { t } = useTranslation('scheduling');
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ClusterDraft>(() => draftOf(cluster));
  const save = useSaveCluster(cluster?.id ?? null);
  const series = useSeries();
  const parties = useParties();
  const year = draft.startsOn.slice(0, 4);
  const meetings = useMeetings({ year: /^\d{4}$/.test(year) ? year : String(new Date().getFullYear()) });
  // The cluster's title marked when it is only in the other language.
  const heading = cluster ? (
    <Trans t={t} i18nKey="clusterForm.editHeading" components={{ title: <Picked of={cluster} field="title" /> }} />
  ) : (
    t('clusterForm.newTitle')
  );

  const { byField, rest } = splitDetails(save.error, FIELDS);
  const edit = (change: Partial<ClusterDraft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(bodyOf(draft, cluster !== null), { onSuccess: (view) => navigate(`/clusters/${view.id}/schedule`) });
  };

  return (
    <article className="cluster-edit">
      <p className="breadcrumb">
        {cluster ? (
          <Link to={`/clusters/${cluster.id}/schedule`}>
            ← <Picked of={cluster} field="title" />
          </Link>
        ) : (
          <Link to="/schedule">← {t('home.title')}</Link>
        )}
      </p>
      <header className="page-heading">
        <h1 data-testid="cluster-form-title">{heading}</h1>
      </header>
      {cluster && (
        <p>
          <Link className="button" to={`/clusters/${cluster.id}/rules`} data-testid="cluster-rules-link">
            {t('clusterForm.rulesLink')}
          </Link>
        </p>
      )}
      <form className="card cluster-form" onSubmit={submit} data-testid="cluster-form" noValidate>
        <div className="cluster-form-grid">
          <label className="field">
            {t('clusterForm.titleEn')}
            <input value={draft.titleEn} onChange={(e) => edit({ titleEn: e.target.value })} required data-testid="cluster-title-en" />
            <FieldError name="titleEn" error={save.error} details={byField.titleEn} />
          </label>
          <label className="field">
            {t('clusterForm.titleVi')}
            <input value={draft.titleVi} onChange={(e) => edit({ titleVi: e.target.value })} required lang="vi" data-testid="cluster-title-vi" />
            <FieldError name="titleVi" error={save.error} details={byField.titleVi} />
          </label>
          <label className="field">
            {t('clusterForm.hostTimeZone')}
            <ZoneInput
              value={draft.hostTimeZone}
              onChange={(hostTimeZone) => edit({ hostTimeZone })}
              testId="cluster-zone"
              invalid={Boolean(byField.hostTimeZone)}
              at={/^\d{4}-\d{2}-\d{2}$/.test(draft.startsOn) ? `${draft.startsOn}T12:00:00Z` : undefined}
            />
            <FieldError name="hostTimeZone" error={save.error} details={byField.hostTimeZone} />
          </label>
          <label className="field">
            {t('clusterForm.startsOn')}
            <DateInput type="date" value={draft.startsOn} onChange={(e) => edit({ startsOn: e.target.value })} required data-testid="cluster-starts-on" />
            <FieldError name="startsOn" error={save.error} details={byField.startsOn} />
          </label>
          <label className="field">
            {t('clusterForm.endsOn')}
            <DateInput type="date" value={draft.endsOn} onChange={(e) => edit({ endsOn: e.target.value })} required data-testid="cluster-ends-on" />
            <FieldError name="endsOn" error={save.error} details={byField.endsOn} />
          </label>
        </div>
        {series.isError || parties.isError ? (
          <ErrorState error={series.error ?? parties.error} />
        ) : series.isPending || parties.isPending ? (
          <Loading />
        ) : (
          <ClusterMeetingsEditor
            cluster={cluster}
            draft={draft}
            onChange={edit}
            series={series.data}
            parties={parties.data}
            attachable={(meetings.data ?? []).filter((m) => m.clusterId === null)}
            error={save.error}
            details={byField}
          />
        )}
        <SaveError error={save.error} rest={rest} failed={t('clusterForm.failed')} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="cluster-save">
            {cluster ? t('clusterForm.save') : t('clusterForm.create')}
          </button>
        </div>
      </form>
    </article>
  );
}
