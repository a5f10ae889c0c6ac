/**
 * A document's text in structure, per language: read, edited (preamble,
 * numbered paragraphs, annexes; paragraphs added, removed and moved — the
 * numbers follow the order), imported from a DOCX by its headings and
 * numbering, and downloaded as Akoma Ntoso once the document is adopted,
 * noted or issued.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLongWork, wasCancelled, WorkProgress } from '../layout/LongWork';
import { ErrorState, Loading } from '../layout/QueryState';
import { useDocumentTexts, useImportText, useSaveText, type DocumentDetail, type StructuredText, type TextLanguage } from './api';

const languages: TextLanguage[] = ['vi', 'en'];
const outcomeStatuses = ['adopted', 'noted', 'issued'];
const empty: StructuredText = { preamble: [], paragraphs: [''], annexes: [] };

export function StructuredTextCard({ document: d }: { document: DocumentDetail }) {
  const { t, i18n } = useTranslation('documents');
  const texts = useDocumentTexts(d.id);
  const [lang, setLang] = useState<TextLanguage>(i18n.resolvedLanguage === 'en' ? 'en' : 'vi');
  const [editing, setEditing] = useState(false);
  if (texts.isPending) return <Loading />;
  if (texts.isError) return <ErrorState error={texts.error} onRetry={() => void texts.refetch()} />;
  const current = texts.data.texts.find((x) => x.language === lang);
  const offered = outcomeStatuses.includes(d.status);
  return (
    <section className="card structured-text" data-testid="structured-text">
      <h2>{t('text.title')}</h2>
      <p className="tabs" role="tablist">
        {languages.map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            aria-selected={l === lang}
            className={l === lang ? 'button button-primary' : 'button'}
            data-testid={`text-tab-${l}`}
            onClick={() => {
              setLang(l);
              setEditing(false);
            }}
          >
            {t(`text.language.${l}`)}
          </button>
        ))}
      </p>
      {editing ? (
        <TextEditor key={lang} documentId={d.id} language={lang} initial={current?.text ?? empty} onDone={() => setEditing(false)} />
      ) : (
        <>
          {current ? <TextView text={current.text} /> : <p className="muted">{t('text.none')}</p>}
          <p className="text-actions">
            {offered && current && (
              <a className="button" href={`/api/documents/${d.id}/akn?lang=${lang}`} download data-testid="akn-download">
                {t('text.akn')}
              </a>
            )}
            {texts.data.editable && (
              <button type="button" className="button" onClick={() => setEditing(true)} data-testid="text-edit">
                {current ? t('text.edit') : t('text.write')}
              </button>
            )}
          </p>
          {texts.data.editable && <DocxImport documentId={d.id} language={lang} />}
        </>
      )}
    </section>
  );
}

function TextView({ text }: { text: StructuredText }) {
  const { t } = useTranslation('documents');
  return (
    <div className="text-view" data-testid="text-view">
      {text.preamble.length > 0 && (
        <div className="text-preamble">
          {text.preamble.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      <ol className="text-paragraphs">
        {text.paragraphs.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ol>
      {text.annexes.map((a, i) => (
        <div key={i} className="text-annex">
          <h3>{a.title || t('text.annexNumber', { number: i + 1 })}</h3>
          <ol className="text-paragraphs">
            {a.paragraphs.map((p, j) => (
              <li key={j}>{p}</li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** A list of paragraphs, each a text box with its number and buttons to move it up or down or remove it. */
function ParagraphList({
  items,
  onChange,
  numbered,
  label,
  testid,
}: {
  items: string[];
  onChange: (next: string[]) => void;
  numbered: boolean;
  label: string;
  testid: string;
}) {
  const { t } = useTranslation('documents');
  const set = (i: number, value: string) => onChange(items.map((x, j) => (j === i ? value : x)));
  const move = (i: number, by: number) => {
    const next = [...items];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  return (
    <div className="paragraph-list" data-testid={testid}>
      {items.map((p, i) => (
        <div className="paragraph-item" key={i}>
          <label className="field">
            <span>{numbered ? `${i + 1}.` : t('text.preambleParagraph', { number: i + 1 })}</span>
            <textarea rows={3} value={p} onChange={(e) => set(i, e.target.value)} aria-label={`${label} ${i + 1}`} />
          </label>
          <span className="paragraph-tools">
            <button type="button" className="button button-small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('text.up')}>
              ↑
            </button>
            <button type="button" className="button button-small" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={t('text.down')}>
              ↓
            </button>
            <button type="button" className="button button-small" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={t('text.remove')}>
              ✕
            </button>
          </span>
        </div>
      ))}
      <button type="button" className="button button-small" onClick={() => onChange([...items, ''])} data-testid={`${testid}-add`}>
        + {t('text.addParagraph')}
      </button>
    </div>
  );
}

function TextEditor({ documentId, language, initial, onDone }: { documentId: number; language: TextLanguage; initial: StructuredText; onDone: () => void }) {
  const { t } = useTranslation('documents');
  const [draft, setDraft] = useState<StructuredText>(initial);
  const save = useSaveText(documentId, language);
  const setAnnex = (i: number, change: Partial<StructuredText['annexes'][number]>) =>
    setDraft({ ...draft, annexes: draft.annexes.map((a, j) => (j === i ? { ...a, ...change } : a)) });
  return (
    <form
      className="text-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft, { onSuccess: onDone });
      }}
    >
      <h3>{t('text.preamble')}</h3>
      <ParagraphList
        items={draft.preamble}
        onChange={(preamble) => setDraft({ ...draft, preamble })}
        numbered={false}
        label={t('text.preamble')}
        testid="edit-preamble"
      />
      <h3>{t('text.paragraphs')}</h3>
      <ParagraphList
        items={draft.paragraphs}
        onChange={(paragraphs) => setDraft({ ...draft, paragraphs })}
        numbered
        label={t('text.paragraphs')}
        testid="edit-paragraphs"
      />
      {draft.annexes.map((a, i) => (
        <fieldset key={i} className="text-annex">
          <legend>{t('text.annexNumber', { number: i + 1 })}</legend>
          <label className="field">
            <span>{t('text.annexTitle')}</span>
            <input value={a.title} onChange={(e) => setAnnex(i, { title: e.target.value })} />
          </label>
          <ParagraphList items={a.paragraphs} onChange={(paragraphs) => setAnnex(i, { paragraphs })} numbered label={a.title} testid={`edit-annex-${i}`} />
          <button type="button" className="button button-small" onClick={() => setDraft({ ...draft, annexes: draft.annexes.filter((_, j) => j !== i) })}>
            {t('text.removeAnnex')}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft({ ...draft, annexes: [...draft.annexes, { title: t('text.annexNumber', { number: draft.annexes.length + 1 }), paragraphs: [''] }] })
          }
          data-testid="add-annex"
        >
          + {t('text.addAnnex')}
        </button>
      </p>
      {save.error && (
        <p className="state state-error" role="alert">
          {save.error.message}
        </p>
      )}
      <p className="text-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="text-save">
          {save.isPending ? t('text.saving') : t('text.save')}
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          {t('text.cancel')}
        </button>
      </p>
    </form>
  );
}

function DocxImport({ documentId, language }: { documentId: number; language: TextLanguage }) {
  const { t } = useTranslation('documents');
  const [file, setFile] = useState<File | null>(null);
  const importing = useImportText(documentId, language);
  const work = useLongWork();
  return (
    <form
      className="upload"
      onSubmit={(e) => {
        e.preventDefault();
        // A refusal is shown below as before; only a cancel is the progress's to say.
        if (file)
          void work.run((signal) =>
            importing
              .mutateAsync({ file, signal })
              .then(() => setFile(null))
              .catch((error: unknown) => {
                if (signal.aborted) throw error;
              }),
          );
      }}
    >
      <label className="field">
        <span>{t('text.import')}</span>
        <input type="file" accept=".docx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="text-import-input" />
      </label>
      <button type="submit" className="button" disabled={!file || importing.isPending} data-testid="text-import">
        {importing.isPending ? t('text.importing') : t('text.importButton')}
      </button>
      <WorkProgress work={work} label={t('text.importing')} testId="text-import-progress" />
      {importing.error && !wasCancelled(importing.error) && (
        <p className="state state-error" role="alert">
          {importing.error.message}
        </p>
      )}
      {importing.data && (
        <p className="state" role="status" data-testid="text-import-result">
          {t('text.imported')} {importing.data.warnings.map((w) => t(`text.warning.${w}`)).join(' ')}
        </p>
      )}
    </form>
  );
}
