/**
 * An article's text and tags: new drafts and changes to a draft. The bodies
 * are tiptap editors, kept in `editors` so that the photos panel can insert
 * a photo where the cursor is.
 */
import type { Editor } from '@tiptap/react';
import { lazy, Suspense, useCallback, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useMeetings, usePeople } from '../api/queries';
import { pick } from '../i18n/pick';
import { ErrorDetails, Loading } from '../layout/QueryState';
import { toLocalInput } from '../meetings/zones';
import type { ArticleInput } from './desk-api';
import { useVisitorZone } from './PortalParts';
import type { Article } from './portal-api';
import { DocumentTagPicker, ListTagPicker, type Chip } from './TagPickers';
import { DateInput } from '../layout/DateInput';

// tiptap is large: it comes in its own chunk when a form is shown (docs/decisions/web-code-splitting.md).
const RichTextEditor = lazy(() => import('./RichTextEditor').then((module) => ({ default: module.RichTextEditor })));

export interface Editors {
  vi: Editor | null;
  en: Editor | null;
}

const categories = ['news', 'briefing', 'statement', 'feature'] as const;

export function ArticleForm({
  article,
  editable = true,
  saving,
  error,
  onSave,
  editors,
}: {
  article?: Article;
  editable?: boolean;
  saving: boolean;
  error: unknown;
  onSave: (input: ArticleInput) => void;
  editors?: RefObject<Editors>;
}) {
  const { t } = useTranslation('press');
  const zone = useVisitorZone();
  const meetingOptions = useMeetings({});
  const peopleOptions = usePeople();
  const [bodyEn, setBodyEn] = useState(article?.bodyEn ?? '');
  const [bodyVi, setBodyVi] = useState(article?.bodyVi ?? '');
  const [meetings, setMeetings] = useState<Chip[]>(article?.meetings.map((m) => ({ id: m.id, label: pick(m, 'name') })) ?? []);
  const [people, setPeople] = useState<Chip[]>(article?.people.map((p) => ({ id: p.id, label: pick(p, 'name') })) ?? []);
  const [documents, setDocuments] = useState<Chip[]>(article?.documents.map((d) => ({ id: d.id, label: `${d.referenceCode} · ${pick(d, 'name')}` })) ?? []);
  const editorVi = useCallback((e: Editor | null) => editors && (editors.current.vi = e), [editors]);
  const editorEn = useCallback((e: Editor | null) => editors && (editors.current.en = e), [editors]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const get = (k: string) => String(f.get(k) ?? '');
    const publishAt = get('publishAt');
    onSave({
      slug: get('slug'),
      category: get('category') as ArticleInput['category'],
      titleEn: get('titleEn'),
      titleVi: get('titleVi'),
      leadEn: get('leadEn'),
      leadVi: get('leadVi'),
      bodyEn,
      bodyVi,
      // datetime-local is the officer's wall-clock time in their own zone.
      publishAt: publishAt ? new Date(publishAt).toISOString() : null,
      meetingIds: meetings.map((m) => m.id),
      personIds: people.map((p) => p.id),
      documentIds: documents.map((d) => d.id),
    });
  };

  return (
    <form className="card form article-form" onSubmit={onSubmit} data-testid="article-form">
      <fieldset disabled={!editable} className="plain-fieldset">
        <div className="form-row">
          <label className="field">
            {t('articles.slug')}
            <input name="slug" required defaultValue={article?.slug} pattern="[a-z0-9\-]{3,120}" />
          </label>
          <label className="field">
            {t('articles.category')}
            <select name="category" defaultValue={article?.category ?? 'news'}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('articles.publishAt')}
            <DateInput name="publishAt" type="datetime-local" defaultValue={article?.publishAt ? toLocalInput(article.publishAt, zone) : ''} />
          </label>
        </div>
        <div className="form-row">
          {(['titleVi', 'titleEn'] as const).map((name) => (
            <label className="field" key={name}>
              {t(`articles.${name}`)}
              <input name={name} required maxLength={300} defaultValue={article?.[name]} />
            </label>
          ))}
        </div>
        <div className="form-row">
          {(['leadVi', 'leadEn'] as const).map((name) => (
            <label className="field" key={name}>
              {t(`articles.${name}`)}
              <textarea name={name} required maxLength={1000} rows={3} defaultValue={article?.[name]} />
            </label>
          ))}
        </div>
        <div className="form-row tag-row">
          <ListTagPicker
            label={t('tags.meetings')}
            options={(meetingOptions.data ?? []).map((m) => ({ id: m.id, label: pick(m, 'title') }))}
            selected={meetings}
            onChange={setMeetings}
            testId="article-meeting"
          />
          <ListTagPicker
            label={t('tags.people')}
            options={(peopleOptions.data ?? []).map((p) => ({ id: p.id, label: p.fullName }))}
            selected={people}
            onChange={setPeople}
            testId="article-person"
          />
          <DocumentTagPicker selected={documents} onChange={setDocuments} />
        </div>
        <Suspense fallback={<Loading />}>
          <RichTextEditor
            label={t('articles.bodyVi')}
            initialContent={article?.bodyVi}
            onChange={setBodyVi}
            onEditor={editorVi}
            testId="editor-vi"
            editable={editable}
          />
          <RichTextEditor
            label={t('articles.bodyEn')}
            initialContent={article?.bodyEn}
            onChange={setBodyEn}
            onEditor={editorEn}
            testId="editor-en"
            editable={editable}
          />
        </Suspense>
      </fieldset>
      {error instanceof ApiError && (
        <div className="state state-error" role="alert">
          {error.message}
          <ErrorDetails details={error.details} />
        </div>
      )}
      {editable && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('articles.save')}
          </button>
        </div>
      )}
    </form>
  );
}
