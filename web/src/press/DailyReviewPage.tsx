/**
 * The daily press review ("điểm báo"): the press officer picks the day's
 * clippings, orders them, groups each under a meeting or a topic, writes a
 * short summary in both languages, saves, downloads it as DOCX or PDF in
 * Vietnamese and English, and sends it to the distribution list.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorState, Loading } from '../layout/QueryState';
import { ExportLinks } from '../layout/ExportLinks';
import { formatPublished } from './format';
import {
  reviewExportUrl,
  useAddRecipient,
  useClippingList,
  useRecipients,
  useRemoveRecipient,
  useReview,
  useSaveReview,
  useSendReview,
  type ClippingSummary,
  type Review,
  type ReviewItemInput,
} from './monitoring-api';
import { LanguageOptions } from '../i18n/LanguageSwitch';
import { DateInput } from '../layout/DateInput';
import { chairDayOf } from '../../../src/server/domain/chairmanship';

interface Draft extends ReviewItemInput {
  title: string;
  outlet: string;
  /** Meetings the item may be grouped under: the clipping's links, and the one chosen before. */
  meetings: { id: number; name: string }[];
  topicMode: boolean;
}

function fromReview(review: Review, lang: string | undefined): Draft[] {
  return review.items.map((i) => ({
    clippingId: i.clippingId,
    meetingId: i.meetingId,
    topic: i.topic,
    summaryVi: i.summaryVi,
    summaryEn: i.summaryEn,
    title: i.title,
    outlet: i.outlet,
    meetings: i.meetingId !== null ? [{ id: i.meetingId, name: (lang === 'vi' ? i.meetingTitleVi : i.meetingTitleEn) ?? '' }] : [],
    topicMode: i.meetingId === null && i.topic !== null,
  }));
}

function fromClipping(c: ClippingSummary, lang: string | undefined): Draft {
  const meetings = c.meetings.map((m) => ({ id: m.id, name: lang === 'vi' ? m.nameVi : m.name }));
  return {
    clippingId: c.id,
    meetingId: meetings[0]?.id ?? null,
    topic: null,
    summaryVi: '',
    summaryEn: '',
    title: c.title,
    outlet: c.outlet,
    meetings,
    topicMode: false,
  };
}

function Recipients() {
  const { t } = useTranslation('press');
  const recipients = useRecipients();
  const add = useAddRecipient();
  const remove = useRemoveRecipient();
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<'vi' | 'en'>('vi');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ address: address.trim(), name: name.trim(), language }, { onSuccess: () => (setAddress(''), setName('')) });
  };
  return (
    <div className="card stack" data-testid="review-recipients">
      <h2>{t('pressReview.recipients')}</h2>
      {recipients.isPending && <Loading />}
      <ul className="plain-list">
        {recipients.data?.map((r) => (
          <li key={r.id}>
            {r.name} &lt;{r.address}&gt; · {r.language.toUpperCase()}{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => remove.mutate(r.id)}
              aria-label={t('pressReview.removeRecipient', { name: r.name })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="row-wrap" onSubmit={onSubmit}>
        <label className="field">
          {t('pressReview.address')}
          <input type="email" required value={address} onChange={(e) => setAddress(e.target.value)} name="address" />
        </label>
        <label className="field">
          {t('pressReview.recipientName')}
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} name="name" />
        </label>
        <label className="field">
          {t('pressReview.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as 'vi' | 'en')} name="language">
            <LanguageOptions />
          </select>
        </label>
        <button className="button" type="submit" disabled={add.isPending} data-testid="recipient-add">
          {t('pressReview.addRecipient')}
        </button>
      </form>
      {add.isError && <ErrorState error={add.error} />}
    </div>
  );
}

function ItemEditor({
  item,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  item: Draft;
  index: number;
  count: number;
  onChange: (d: Draft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('press');
  const group = item.topicMode ? 'topic' : item.meetingId !== null ? String(item.meetingId) : 'other';
  return (
    <li className="card stack review-item" data-testid="review-item">
      <div className="row-wrap review-item-head">
        <strong>
          {index + 1}. {item.title}
        </strong>
        <span className="muted">{item.outlet}</span>
      </div>
      <div className="row-wrap">
        <button type="button" className="button button-small" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('pressReview.up')}>
          ↑
        </button>
        <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('pressReview.down')}>
          ↓
        </button>
        <button type="button" className="button button-small" onClick={onRemove} data-testid="review-item-remove">
          {t('pressReview.remove')}
        </button>
      </div>
      <label className="field">
        {t('pressReview.group')}
        <select
          value={group}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'topic') onChange({ ...item, topicMode: true, meetingId: null, topic: item.topic ?? '' });
            else if (v === 'other') onChange({ ...item, topicMode: false, meetingId: null, topic: null });
            else onChange({ ...item, topicMode: false, meetingId: Number(v), topic: null });
          }}
          data-testid="review-item-group"
        >
          {item.meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
          <option value="topic">{t('pressReview.byTopic')}</option>
          <option value="other">{t('pressReview.other')}</option>
        </select>
      </label>
      {item.topicMode && (
        <label className="field">
          {t('pressReview.topic')}
          <input value={item.topic ?? ''} maxLength={200} onChange={(e) => onChange({ ...item, topic: e.target.value })} data-testid="review-item-topic" />
        </label>
      )}
      <label className="field">
        {t('pressReview.summaryVi')}
        <textarea
          rows={2}
          maxLength={2000}
          value={item.summaryVi}
          onChange={(e) => onChange({ ...item, summaryVi: e.target.value })}
          data-testid="review-item-summary-vi"
        />
      </label>
      <label className="field">
        {t('pressReview.summaryEn')}
        <textarea
          rows={2}
          maxLength={2000}
          value={item.summaryEn}
          onChange={(e) => onChange({ ...item, summaryEn: e.target.value })}
          data-testid="review-item-summary-en"
        />
      </label>
    </li>
  );
}

export function DailyReviewPage() {
  const { t, i18n } = useTranslation('press');
  const lang = i18n.resolvedLanguage;
  const navigate = useNavigate();
  const day = useParams().day ?? chairDayOf(new Date());
  const review = useReview(day);
  const save = useSaveReview(day);
  const send = useSendReview(day);
  const [q, setQ] = useState('');
  const candidates = useClippingList(q.trim() ? { q: q.trim() } : { day });
  const [items, setItems] = useState<Draft[]>([]);
  const [introVi, setIntroVi] = useState('');
  const [introEn, setIntroEn] = useState('');
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!review.data) return;
    setItems(fromReview(review.data, lang));
    setIntroVi(review.data.introVi);
    setIntroEn(review.data.introEn);
    setDirty(false);
    // Reset from the server only when the saved review changes, not on each language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [review.data]);

  const change = (next: Draft[]) => {
    setItems(next);
    setDirty(true);
  };
  const picked = new Set(items.map((i) => i.clippingId));
  const onSave = () =>
    save.mutate({
      introVi,
      introEn,
      items: items.map(({ clippingId, meetingId, topic, summaryVi, summaryEn, topicMode }) => ({
        clippingId,
        meetingId: topicMode ? null : meetingId,
        topic: topicMode ? topic?.trim() || null : null,
        summaryVi,
        summaryEn,
      })),
    });
  const saved = review.data?.id !== null && review.data?.id !== undefined && !dirty && items.length > 0;

  return (
    <section className="daily-review">
      <p>
        <Link to="/press/monitoring">← {t('monitoring.title')}</Link>
      </p>
      <h1>{t('pressReview.title')}</h1>
      <label className="field">
        {t('pressReview.day')}
        <DateInput
          type="date"
          value={day}
          onChange={(e) => e.target.value && navigate(`/press/monitoring/review/${e.target.value}`)}
          data-testid="review-day"
        />
      </label>
      {review.isPending && <Loading />}
      {review.isError && <ErrorState error={review.error} />}

      <div className="card stack">
        <h2>{t('pressReview.candidates')}</h2>
        <label className="field">
          {t('pressReview.searchOther')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} data-testid="review-search" />
        </label>
        {candidates.isPending && <Loading />}
        <ul className="plain-list stack">
          {candidates.data?.map((c) => (
            <li key={c.id} className="row-wrap review-candidate" data-testid="review-candidate">
              <span>
                <Link to={`/press/monitoring/clippings/${c.id}`}>{c.title}</Link>{' '}
                <span className="muted">
                  · {c.outlet} · {formatPublished(c, lang) ?? t('monitoring.dateUnknown')}
                </span>
              </span>
              <button
                type="button"
                className="button button-small"
                disabled={picked.has(c.id)}
                onClick={() => change([...items, fromClipping(c, lang)])}
                data-testid="review-add"
              >
                {picked.has(c.id) ? t('pressReview.added') : t('pressReview.add')}
              </button>
            </li>
          ))}
        </ul>
        {candidates.data?.length === 0 && <p className="muted">{t('pressReview.noCandidates')}</p>}
      </div>

      <h2>{t('pressReview.items', { count: items.length })}</h2>
      <label className="field">
        {t('pressReview.introVi')}
        <textarea rows={2} maxLength={4000} value={introVi} onChange={(e) => (setIntroVi(e.target.value), setDirty(true))} />
      </label>
      <label className="field">
        {t('pressReview.introEn')}
        <textarea rows={2} maxLength={4000} value={introEn} onChange={(e) => (setIntroEn(e.target.value), setDirty(true))} />
      </label>
      <ol className="plain-list stack" data-testid="review-items">
        {items.map((item, index) => (
          <ItemEditor
            key={item.clippingId}
            item={item}
            index={index}
            count={items.length}
            onChange={(d) => change(items.map((x, n) => (n === index ? d : x)))}
            onMove={(by) => {
              const next = [...items];
              const [moved] = next.splice(index, 1);
              next.splice(index + by, 0, moved!);
              change(next);
            }}
            onRemove={() => change(items.filter((_, n) => n !== index))}
          />
        ))}
      </ol>
      {save.isError && <ErrorState error={save.error} />}
      <div className="row-wrap">
        <button className="button button-primary" type="button" onClick={onSave} disabled={save.isPending || !dirty} data-testid="review-save">
          {t('pressReview.save')}
        </button>
        {save.isSuccess && !dirty && <span role="status">{t('pressReview.saved')}</span>}
      </div>

      <div className="card stack" data-testid="review-exports">
        <h2>{t('pressReview.export')}</h2>
        {!saved && <p className="muted">{t('pressReview.saveFirst')}</p>}
        {saved && (
          <div className="row-wrap">
            <ExportLinks formats={['docx', 'pdf']} href={(f, l) => reviewExportUrl(day, f, l)} testIdPrefix="review-export" />
          </div>
        )}
        {saved && (
          <div className="row-wrap">
            <button className="button" type="button" onClick={() => send.mutate()} disabled={send.isPending} data-testid="review-send">
              {t('pressReview.send')}
            </button>
            {review.data?.sentAt && (
              <span className="muted">{t('pressReview.sentAt', { when: new Date(review.data.sentAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') })}</span>
            )}
            {send.isSuccess && <span role="status">{t('pressReview.sent', { count: send.data.recipients })}</span>}
          </div>
        )}
        {send.isError && <ErrorState error={send.error} />}
      </div>
      <Recipients />
    </section>
  );
}
