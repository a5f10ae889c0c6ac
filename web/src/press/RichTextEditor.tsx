/**
 * The article body editor (tiptap); its HTML is sanitized again by the
 * server, which keeps an image only when it is one of the article's own
 * photos. Images are inserted from the article's photos, never by address.
 */
import { EditorContent, mergeAttributes, Node, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** A block image: src and alt only, what the server's sanitizer keeps. */
const Photo = Node.create({
  name: 'photo',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => ({ src: { default: null }, alt: { default: '' } }),
  parseHTML: () => [{ tag: 'img[src]' }],
  renderHTML: ({ HTMLAttributes }) => ['img', mergeAttributes(HTMLAttributes)],
});

export function RichTextEditor({
  label,
  initialContent = '',
  onChange,
  onEditor,
  testId,
  editable = true,
}: {
  label: string;
  initialContent?: string;
  onChange: (html: string) => void;
  /** The editor instance, for inserting photos from outside. */
  onEditor?: (editor: Editor | null) => void;
  testId: string;
  editable?: boolean;
}) {
  const { t } = useTranslation('press');
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: { openOnClick: false } }), Photo],
    content: initialContent,
    editable,
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
    editorProps: { attributes: { 'aria-label': label, 'data-testid': testId } },
  });
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);
  return (
    <div className="field">
      {label}
      <div className="editor">
        {editable && (
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
        )}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
