/**
 * The calendar of meetings, in the viewer's own time zone (FullCalendar with
 * the luxon3 plugin). Filters and the view (?view=listYear) are kept in the
 * URL, so Back from a meeting returns to the same view.
 */
import type { DatesSetArg, EventClickArg, EventInput, EventMountArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import viLocale from '@fullcalendar/core/locales/vi';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import luxon3Plugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useBriefings, useChairmanships, useMeetings, type Briefing, type MeetingFilters } from '../api/queries';
import type { MeetingSummary } from '../api/types';
import { canEditMeetings, useUser } from '../auth/session';
import { utcOffset, viewerZone } from '../i18n/format';
import { currentLanguage } from '../i18n/index';
import { pick } from '../i18n/pick';
import { ClockIcon } from '../layout/icons';
import { ErrorState, Loading } from '../layout/QueryState';
import { CalendarFilters } from './CalendarFilters';
import { readFilters, withFilter, type FilterName } from './filters';
import { canonicalZone } from './zones';

const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, luxon3Plugin];
const views = ['dayGridMonth', 'timeGridWeek', 'listMonth', 'listYear'] as const;
type CalendarView = (typeof views)[number];
const isView = (value: string | null): value is CalendarView => views.includes(value as CalendarView);
// British English dates ("9 Sept 2020") read better beside Vietnamese than US ones.
const locales = [viLocale, enGbLocale];

export function CalendarPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const meetings = useMeetings(filters);
  // Briefings belong to no series, level or format: shown only when none of those is chosen.
  const showBriefings = !filters.series && !filters.level && !filters.format && !filters.cluster;
  const briefings = useBriefings(showBriefings);
  const calendarRef = useRef<FullCalendar>(null);
  // The browser may name the zone by a legacy alias (Chromium: Asia/Saigon).
  const zone = useMemo(() => canonicalZone(viewerZone()), []);
  const user = useUser();
  const requestedView = params.get('view');
  const initialView: CalendarView = isView(requestedView) ? requestedView : narrowScreen() ? 'listMonth' : 'dayGridMonth';

  const events = useMemo<EventInput[]>(
    () =>
      (meetings.data ?? []).map<EventInput>((m) => ({
        id: String(m.id),
        title: pick(m, 'title', lang),
        start: m.startsAt,
        end: m.endsAt,
        classNames: [`ev-level-${m.level}`, `ev-status-${m.status}`, m.isPublic ? 'ev-public' : 'ev-internal'],
        extendedProps: { meeting: m },
      })).concat(
        (showBriefings ? (briefings.data ?? []) : [])
          .filter((b) => !filters.year || b.startsAt.startsWith(filters.year))
          .map<EventInput>((b) => ({
            id: `briefing-${b.id}`,
            title: t('calendar.briefing', { topic: pick(b, 'topic', lang) }),
            start: b.startsAt,
            classNames: ['ev-briefing'],
            extendedProps: { briefing: b },
          })),
      ),
    [meetings.data, briefings.data, showBriefings, filters.year, lang, t],
  );

  const target = targetDate(meetings.data, filters);
  useEffect(() => {
    if (target !== null) calendarRef.current?.getApi().gotoDate(target);
  }, [target]);

  function setFilter(name: FilterName, value: string) {
    setParams(withFilter(params, name, value), { replace: true });
  }

  function keepView(info: DatesSetArg) {
    const view = info.view.type;
    if (!isView(view) || view === params.get('view') || (params.get('view') === null && view === initialView)) return;
    setParams((current) => withFilter(current, 'view', view), { replace: true });
  }

  function openMeeting(info: EventClickArg) {
    info.jsEvent.preventDefault();
    const briefing = info.event.extendedProps['briefing'] as Briefing | undefined;
    if (briefing) {
      void navigate(briefing.meetingId ? `/portal/meetings/${briefing.meetingId}` : '/portal');
      return;
    }
    void navigate(`/meetings/${info.event.id}`);
  }

  return (
    <section>
      <div className="page-heading">
        <h1>{t('calendar.title')}</h1>
        <div className="heading-tools">
          {meetings.data && <span className="muted">{t('calendar.count', { count: meetings.data.length })}</span>}
          {canEditMeetings(user) && (
            <Link className="button button-primary" to="/meetings/new" data-testid="new-meeting">
              + {t('meetingForm.newTitle')}
            </Link>
          )}
        </div>
      </div>
      <ChairTheme year={filters.year} />
      <CalendarFilters filters={filters} onChange={setFilter} onClear={() => setParams(withFilter(new URLSearchParams(), 'view', params.get('view') ?? ''), { replace: true })} />
      <p className="zone-note" data-testid="zone-note">
        <ClockIcon /> {t('calendar.zoneNote', { zone, offset: utcOffset(zone, target ?? undefined) })}
      </p>
      {meetings.isError && <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />}
      {meetings.isPending ? (
        <Loading />
      ) : (
        <div className={`calendar-wrap${meetings.isPlaceholderData ? ' is-refreshing' : ''}`}>
          <FullCalendar
            ref={calendarRef}
            plugins={plugins}
            locales={locales}
            locale={lang === 'vi' ? 'vi' : 'en-gb'}
            timeZone={zone}
            initialView={initialView}
            initialDate={target ?? undefined}
            headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth,listYear' }}
            // Text arrows with spoken names: FullCalendar's icon fonts are unnamed images to a screen reader.
            buttonIcons={false}
            buttonText={{ today: t('calendar.today'), prev: '‹', next: '›' }}
            buttonHints={{ prev: t('calendar.previous'), next: t('calendar.next'), today: t('calendar.today') }}
            views={{
              dayGridMonth: { buttonText: t('calendar.month') },
              timeGridWeek: { buttonText: t('calendar.week') },
              listMonth: { buttonText: t('calendar.listMonth') },
              listYear: { buttonText: t('calendar.listYear') },
            }}
            eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            eventDisplay="block"
            scrollTime="07:00:00"
            dayMaxEvents={4}
            height="auto"
            events={events}
            eventClick={openMeeting}
            datesSet={keepView}
            eventDidMount={describeEvent}
          />
        </div>
      )}
    </section>
  );
}

/** Phones get the list view: a month grid has no room for meeting titles. */
function narrowScreen(): boolean {
  return window.matchMedia('(max-width: 600px)').matches;
}

function describeEvent(info: EventMountArg) {
  const briefing = info.event.extendedProps['briefing'] as Briefing | undefined;
  if (briefing) {
    info.el.setAttribute('data-briefing-id', String(briefing.id));
    info.el.title = `${pick(briefing, 'topic')} · ${pick(briefing, 'place')} · ${briefing.speakers.join(', ')}`;
    return;
  }
  const meeting = info.event.extendedProps['meeting'] as MeetingSummary | undefined;
  if (!meeting) return;
  info.el.setAttribute('data-meeting-id', String(meeting.id));
  info.el.title = `${pick(meeting, 'title')} · ${pick(meeting, 'hostCity')}`;
}

/**
 * Where the calendar opens: the first meeting of the chosen year or cluster;
 * otherwise the next meeting to come, else the last one.
 */
function targetDate(meetings: MeetingSummary[] | undefined, filters: MeetingFilters): string | null {
  if (!meetings) return null;
  const { year, cluster } = filters;
  if (year !== undefined) {
    const first = meetings.find((m) => m.startsAt.startsWith(year)) ?? meetings[0];
    return first?.startsAt ?? `${year}-01-01`;
  }
  if (cluster !== undefined) return meetings[0]?.startsAt ?? null;
  const now = new Date().toISOString();
  const next = meetings.find((m) => m.endsAt >= now) ?? meetings[meetings.length - 1];
  return next?.startsAt ?? null;
}

function ChairTheme({ year }: { year: string | undefined }) {
  const { t } = useTranslation();
  const { data } = useChairmanships();
  const chairmanship = data?.chairmanships.find((c) => String(c.year) === year);
  if (!chairmanship) return null;
  return (
    <p className="chair-theme">
      {t('calendar.chairTheme', {
        year: chairmanship.year,
        chair: pick(chairmanship.chair, 'name'),
        theme: pick(chairmanship, 'theme'),
      })}
    </p>
  );
}
