/**
 * The daily programme (the "journal"): one day's meetings with their times
 * in the host's zone and the reader's (the profile's when signed in, else the
 * browser's, or one picked here), the documents up for decision at each, and
 * the previous day's decisions; the same as a PDF, an Atom feed and a
 * calendar file. Public: the server leaves out what the reader may not see.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { DateTime } from 'luxon';
import { useUser } from '../auth/session';
import { currentLanguage } from '../i18n';
import { formatLongDate, minutesLabel, offsetMinutes, viewerZone, zoneCity, zoneLabel } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { canonicalZone, zoneNames, zoneOptions } from '../meetings/zones';
import { journalQuery, useJournal, type JournalDay, type JournalMeeting } from './api';
import './journal.css';
import { DateInput } from '../layout/DateInput';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const longDay = (date: string) => formatLongDate(DateTime.fromISO(date, { zone: 'utc' }));
const clock = (wall: string) => wall.slice(11, 16);

/** A meeting's times in one zone, the zone named as everywhere else: "host time (Hanoi, UTC+7)". */
function Times({ times, label, place }: { times: JournalMeeting['host']; label: string; place: ReactNode }) {
  const { t } = useTranslation('journal');
  const severalDays = times.start.slice(0, 10) !== times.end.slice(0, 10);
  const span = severalDays
    ? `${formatLongDate(DateTime.fromISO(times.start))} ${clock(times.start)} – ${formatLongDate(DateTime.fromISO(times.end))} ${clock(times.end)}`
    : `${clock(times.start)}–${clock(times.end)}`;
  return (
    <span className="journal-time">
      <strong>{span}</strong>{' '}
      <span className="muted small">
        {label} ({place}, {minutesLabel(offsetMinutes(times.utcOffset))})
      </span>
      {times.dayOffset !== 0 && (
        <span className="journal-shift small">
          {' '}
          {t('dayOffset', { count: Math.abs(times.dayOffset), signed: times.dayOffset > 0 ? `+${times.dayOffset}` : String(times.dayOffset) })}
        </span>
      )}
    </span>
  );
}

function Meeting({ meeting: m }: { meeting: JournalMeeting }) {
  const { t } = useTranslation(['journal', 'translation', 'documents']);
  return (
    <li className="card journal-meeting" data-testid="journal-meeting">
      <p className="journal-when">
        <Times times={m.host} label={t('hostTime')} place={<Picked of={m} field="hostCity" />} />
        {m.reader.zone !== m.host.zone && (
          <>
            <br />
            <Times times={m.reader} label={t('yourTime')} place={zoneCity(m.reader.zone)} />
          </>
        )}
      </p>
      <h3>
        <Link to={`/meetings/${m.id}`}>
          <Picked of={m} field="title" />
        </Link>
      </h3>
      <p className="muted small">
        {t(`translation:format.${m.format}`)} · {t(`translation:status.${m.status}`)}
      </p>
      {m.documents.length > 0 && (
        <>
          <h4>{t('documents')}</h4>
          <ul className="journal-documents">
            {m.documents.map((d) => (
              <li key={d.id} data-testid="journal-document">
                <Link to={`/documents/${d.id}`}>
                  <Picked of={d} field="title" />
                </Link>{' '}
                <span className="muted small nowrap">{d.referenceCode}</span>{' '}
                <span className="muted small">
                  · {t(`intended.${d.intendedAction}`)} · {t(`documents:status.${d.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function Decisions({ day }: { day: JournalDay }) {
  const { t } = useTranslation('journal');
  return (
    <section aria-labelledby="journal-decisions">
      <h2 id="journal-decisions">{t('decisionsOf', { date: longDay(day.previousDate) })}</h2>
      {day.decisions.length === 0 ? (
        <p className="muted">{t('noDecisions')}</p>
      ) : (
        <ul className="journal-decisions card">
          {day.decisions.map((d) => (
            <li key={`${d.id}-${d.decidedAt}`} data-testid="journal-decision">
              <span className={`journal-decision decision-${d.decision}`}>{t(`decision.${d.decision}`)}</span>{' '}
              <Link to={`/documents/${d.id}`}>
                <Picked of={d} field="title" />
              </Link>{' '}
              <span className="muted small nowrap">{d.referenceCode}</span>
              {d.meeting && (
                <span className="muted small">
                  {' '}
                  · {d.decision === 'deferred' ? t('deferredTo') : t('at')} <Picked of={d.meeting} field="title" />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function JournalPage() {
  const { t } = useTranslation('journal');
  const params = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const user = useUser();
  const zoneId = useId();
  const dateId = useId();
  const date = params.date && DAY.test(params.date) ? params.date : undefined;
  // Signed in and nothing picked: the server answers in the profile's zone.
  const zone = search.get('zone') ?? (user ? undefined : canonicalZone(viewerZone()));
  const journal = useJournal(date, zone);
  const day = journal.data;
  const lang = currentLanguage();

  if (journal.isPending) return <Loading />;
  if (journal.isError || !day) return <PageError error={journal.error} onRetry={() => void journal.refetch()} />;
  const exportQuery = (extra: Record<string, string>) => {
    const query = journalQuery(day.date, zone);
    return `${query}&${new URLSearchParams(extra).toString()}`;
  };
  const keepZone = search.get('zone') ? `?zone=${encodeURIComponent(search.get('zone')!)}` : '';
  // The zones are labelled with their offsets on this day (DST): the day's times use the same.
  const midday = `${day.date}T12:00:00Z`;

  return (
    <article className="journal">
      <p className="eyebrow">{t('title')}</p>
      <h1 data-testid="journal-date" data-page-kind={t('title')}>
        {longDay(day.date)}
      </h1>
      <nav className="journal-nav" aria-label={t('days')}>
        <Link to={`/journal/${day.previousDate}${keepZone}`} rel="prev" data-testid="journal-previous">
          ← {t('previous')}
        </Link>
        <label htmlFor={dateId} className="visually-hidden">
          {t('pickDay')}
        </label>
        <DateInput
          id={dateId}
          type="date"
          value={day.date}
          onChange={(e) => e.target.value && navigate(`/journal/${e.target.value}${keepZone}`)}
          data-testid="journal-pick-day"
        />
        <Link to={`/journal/${day.nextDate}${keepZone}`} rel="next" data-testid="journal-next">
          {t('next')} →
        </Link>
      </nav>
      <p className="journal-zone">
        <label htmlFor={zoneId}>{t('yourZone')}</label>{' '}
        <select
          id={zoneId}
          value={day.readerZone}
          onChange={(e) => {
            const next = new URLSearchParams(search);
            next.set('zone', e.target.value);
            setSearch(next, { replace: true });
          }}
          data-testid="journal-zone"
        >
          {!zoneNames().includes(day.readerZone) && <option value={day.readerZone}>{zoneLabel(day.readerZone, midday)}</option>}
          {zoneOptions(midday).map(([z, label]) => (
            <option key={z} value={z}>
              {label}
            </option>
          ))}
        </select>
      </p>
      <p className="muted small">{t('timesNote', { zone: zoneLabel(day.zone, midday) })}</p>
      <p className="journal-exports small">
        <a href={`/api/journal/pdf${exportQuery({ lang })}`} data-testid="journal-pdf">
          PDF
        </a>{' '}
        · <a href={`/api/journal/atom.xml?lang=${lang}`}>{t('feed')}</a> · <a href={`/api/journal/calendar.ics${exportQuery({ lang })}`}>{t('calendar')}</a>
      </p>
      <section aria-labelledby="journal-meetings">
        <h2 id="journal-meetings">{t('meetings', { count: day.meetings.length })}</h2>
        {day.meetings.length === 0 ? (
          <p className="card muted">{t('none')}</p>
        ) : (
          <ol className="plain journal-meetings">
            {day.meetings.map((m) => (
              <Meeting key={m.id} meeting={m} />
            ))}
          </ol>
        )}
      </section>
      <Decisions day={day} />
    </article>
  );
}
