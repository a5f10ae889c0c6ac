/**
 * The calendar of meetings, in the viewer's own time zone (FullCalendar with
 * the luxon3 plugin). Filters and the view (?view=listYear) are kept in the
 * URL, so Back from a meeting returns to the same view.
 */
import type { DatesSetArg, EventClickArg, EventContentArg, EventInput, EventMountArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import viLocale from '@fullcalendar/core/locales/vi';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import luxon3Plugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Picked } from '../i18n/InLanguage';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useBriefings, useChairmanships, useMeetings, useParties, type Briefing, type MeetingFilters } from '../api/queries';
import type { MeetingSummary } from '../api/types';
import { canEditMeetings, useUser } from '../auth/session';
import { viewerZone, zoneLabel } from '../i18n/format';
import { currentLanguage } from '../i18n/index';
import { pick } from '../i18n/pick';
import { ClockIcon } from '../layout/icons';
import { ErrorState, Loading } from '../layout/QueryState';
import { CalendarFilters } from './CalendarFilters';
import { readFilters, showsBriefings, withFilter, type FilterName } from './filters';
import { shortName } from './short-name';
import { ZonePicker } from './ZonePicker';
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
  const showBriefings = showsBriefings(filters);
  const briefings = useBriefings(showBriefings);
  const calendarRef = useRef<FullCalendar>(null);
  // The browser may name the zone by a legacy alias (Chromium: Asia/Saigon).
  const ownZone = useMemo(() => canonicalZone(viewerZone()), []);
  const parties = useParties();
  const zoneParty = params.get('zone') ?? '';
  const shownParty = parties.data?.find((p) => p.code === zoneParty);
  const zone = shownParty?.timeZone ?? ownZone;
  const [tip, setTip] = useState<TitleTip | null>(null);
  const user = useUser();
  const requestedView = params.get('view');
  const initialView: CalendarView = isView(requestedView) ? requestedView : narrowScreen() ? 'listMonth' : 'dayGridMonth';

  const events = useMemo<EventInput[]>(
    () =>
      (meetings.data ?? [])
        .map<EventInput>((m) => ({
          id: String(m.id),
          title: pick(m, 'title', lang),
          start: m.startsAt,
          end: m.endsAt,
          classNames: [`ev-level-${m.level}`, `ev-status-${m.status}`, m.isPublic ? 'ev-public' : 'ev-internal'],
          extendedProps: { meeting: m, shortTitle: shortName(m, lang) },
        }))
        .concat(
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
  // The calendar opens at the first target (initialDate: it mounts with the
  // first data); only a later one (another filter) moves it, since moving it
  // to where it already is would render the month twice.
  const placedAt = useRef<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    if (placedAt.current !== null && placedAt.current !== target) calendarRef.current?.getApi().gotoDate(target);
    placedAt.current = target;
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
      <CalendarFilters
        filters={filters}
        onChange={setFilter}
        onClear={() => setParams(withFilter(withFilter(new URLSearchParams(), 'view', params.get('view') ?? ''), 'zone', zoneParty), { replace: true })}
      />
      <div className="zone-row">
        <p className="zone-note" data-testid="zone-note">
          <ClockIcon />{' '}
          {shownParty ? (
            <Trans
              t={t}
              i18nKey="calendar.zoneNoteParty"
              values={{ zone: zoneLabel(zone, target ?? undefined) }}
              components={{ party: <Picked of={shownParty} field="name" /> }}
            />
          ) : (
            t('calendar.zoneNote', { zone: zoneLabel(zone, target ?? undefined) })
          )}
        </p>
        {parties.data && (
          <ZonePicker
            parties={parties.data}
            value={shownParty ? zoneParty : ''}
            ownZone={ownZone}
            at={target ?? undefined}
            onChange={(code) => setParams((current) => withFilter(current, 'zone', code), { replace: true })}
          />
        )}
      </div>
      {meetings.isError && <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />}
      {meetings.isPending ? (
        <Loading />
      ) : (
        <div
          className={`calendar-wrap${meetings.isPlaceholderData ? ' is-refreshing' : ''}`}
          onMouseOver={(e) => setTip(tipFor(e))}
          onMouseLeave={() => setTip(null)}
          onFocus={(e) => setTip(tipFor(e))}
          onBlur={() => setTip(null)}
        >
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
              // Where a title does not fit (the grids), it gives way to the short name: see fitTitles.
              dayGridMonth: { buttonText: t('calendar.month'), eventContent: gridEventContent },
              timeGridWeek: { buttonText: t('calendar.week'), eventContent: gridEventContent },
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
            eventWillUnmount={(info) => titleObserver.unobserve(info.el)}
            eventInteractive
          />
          {tip && (
            <div className="ev-tip" role="tooltip" style={{ left: tip.left, top: tip.top }} data-testid="event-tip">
              {tip.text}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** Phones get the list view: a month grid has no room for meeting titles. */
function narrowScreen(): boolean {
  return window.matchMedia('(max-width: 600px)').matches;
}

interface TitleTip {
  text: string;
  left: number;
  top: number;
}

/** The full title of a shortened event under the pointer or the focus, placed below it (fixed: no cell clips it). */
function tipFor(e: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>): TitleTip | null {
  const el = (e.target as HTMLElement).closest<HTMLElement>('.fc-event[data-shortened="true"]');
  if (!el) return null;
  const rect = el.getBoundingClientRect();
  return { text: el.dataset['fullTitle'] ?? '', left: Math.max(4, Math.min(rect.left, window.innerWidth - 324)), top: rect.bottom + 4 };
}

/** The views whose events are fitted (gridEventContent); the lists have room for whole titles. */
const gridViews = new Set(['dayGridMonth', 'timeGridWeek']);

/** A grid event: its time and its title, the title fitted to the room it has. */
function gridEventContent(arg: EventContentArg) {
  return (
    <div className="ev-main">
      {arg.timeText && <span className="ev-time">{arg.timeText}</span>}
      <span className="ev-title fc-event-title">{arg.event.title}</span>
    </div>
  );
}

/**
 * Shows each event's full title where it fits, else its short name ("PMC+1
 * Japan"); the full title stays the event's accessible name and shows on
 * hover and focus. All the full titles are written before any width is read:
 * one layout for a month of events, not one per event.
 */
function fitTitles(events: HTMLElement[]) {
  const fitted = events.flatMap((el) => {
    const title = el.querySelector<HTMLElement>('.ev-title');
    const { fullTitle: full, shortTitle: short } = el.dataset;
    if (!title || !full || !short) return [];
    title.textContent = full;
    return [{ el, title, short }];
  });
  const overflowing = fitted.map(({ title }) => title.scrollWidth > title.clientWidth + 1);
  fitted.forEach(({ el, title, short }, i) => {
    if (overflowing[i]) title.textContent = short;
    el.dataset['shortened'] = String(overflowing[i]);
  });
}

/**
 * Fits the grid events when they are first laid out (an observer reports
 * every element it starts observing) and again whenever their width changes
 * (window resized, view switched).
 */
const titleObserver = new ResizeObserver((entries) => fitTitles(entries.map((entry) => entry.target as HTMLElement)));

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
  const full = pick(meeting, 'title');
  info.el.setAttribute('aria-label', `${full} · ${pick(meeting, 'hostCity')}`);
  if (!gridViews.has(info.view.type)) {
    info.el.title = `${full} · ${pick(meeting, 'hostCity')}`;
    return;
  }
  // The tooltip (tipFor) shows the full title; a native one would show it twice.
  info.el.dataset['fullTitle'] = full;
  info.el.dataset['shortTitle'] = info.event.extendedProps['shortTitle'] as string;
  titleObserver.observe(info.el);
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
