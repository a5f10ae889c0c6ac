/** The article body editor (tiptap); its HTML is sanitized again by the server. */
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';

export function RichTextEditor({ label, onChange, testId }: { label: string; onChange: (html: string) => void; testId: string }) {
  const { t } = useTranslation('press');
  const editor = useEditor({
    extensions: [StarterKit],
    content: '',
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
    editorProps: { attributes: { 'aria-label': label, 'data-testid': testId } },
  });
  return (
    <div className="field">
      {label}
      <div className="editor">
        <div className="editor-toolbar">
          <button type="button" className="button button-small" onClick={() => editor?.chain().focus().toggleBold().run()}>
            {t('editor.bold')}
          </button>
          <button type="button" className="button button-small" onClick={() => editor?.chain().focus().toggleItalic().run()}>
            {t('editor.italic')}
          </button>
          <button type="button" className="button button-small" onClick={() => editor?.chain().focus().toggleBulletList().run()}>
            {t('editor.list')}
          </button>
        </div>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
