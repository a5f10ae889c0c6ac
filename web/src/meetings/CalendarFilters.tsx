/** Year, series, level and format selects, plus the cluster chip when ?cluster= is set. */
import { useTranslation } from 'react-i18next';
import { Picked } from '../i18n/InLanguage';
import type { MeetingFilters } from '../api/queries';
import { useClusters, useSeries } from '../api/queries';
import { meetingFormats, meetingLevels } from '../api/types';
import { fallbackLang, pick } from '../i18n/pick';
import { filterYears, hasFilters, type FilterName } from './filters';

interface Props {
  filters: MeetingFilters;
  onChange: (name: FilterName, value: string) => void;
  onClear: () => void;
}

export function CalendarFilters({ filters, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const series = useSeries();
  const clusters = useClusters();
  const cluster = clusters.data?.find((c) => String(c.id) === filters.cluster);

  return (
    <div className="filters">
      <label className="field">
        <span>{t('calendar.year')}</span>
        <select value={filters.year ?? ''} onChange={(e) => onChange('year', e.target.value)} data-testid="filter-year">
          <option value="">{t('calendar.allYears')}</option>
          {filterYears.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-wide">
        <span>{t('calendar.series')}</span>
        <select value={filters.series ?? ''} onChange={(e) => onChange('series', e.target.value)} data-testid="filter-series">
          <option value="">{t('calendar.allSeries')}</option>
          {series.data?.map((s) => (
            <option key={s.id} value={s.code} lang={fallbackLang(s, 'name')}>
              {s.code} — {pick(s, 'name')}
            </option>
          ))}
          {filters.series !== undefined && !series.data?.some((s) => s.code === filters.series) && <option value={filters.series}>{filters.series}</option>}
        </select>
      </label>
      <label className="field">
        <span>{t('calendar.level')}</span>
        <select value={filters.level ?? ''} onChange={(e) => onChange('level', e.target.value)} data-testid="filter-level">
          <option value="">{t('calendar.allLevels')}</option>
          {meetingLevels.map((level) => (
            <option key={level} value={level}>
              {t(`level.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('calendar.format')}</span>
        <select value={filters.format ?? ''} onChange={(e) => onChange('format', e.target.value)} data-testid="filter-format">
          <option value="">{t('calendar.allFormats')}</option>
          {meetingFormats.map((format) => (
            <option key={format} value={format}>
              {t(`format.${format}`)}
            </option>
          ))}
        </select>
      </label>
      {filters.cluster !== undefined && (
        <div className="field">
          <span>{t('calendar.cluster')}</span>
          <span className="chip" data-testid="filter-cluster">
            {cluster ? <Picked of={cluster} field="title" /> : `#${filters.cluster}`}
            <button type="button" aria-label={t('calendar.clearCluster')} title={t('calendar.clearCluster')} onClick={() => onChange('cluster', '')}>
              ×
            </button>
          </span>
        </div>
      )}
      {hasFilters(filters) && (
        <button type="button" className="button button-ghost filters-clear" onClick={onClear}>
          {t('calendar.clearFilters')}
        </button>
      )}
    </div>
  );
}
