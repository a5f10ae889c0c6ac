/** Inserting a photo into an article's editor, without loading the editor (tiptap) itself. */
import type { Editor } from '@tiptap/react';

export function insertPhoto(editor: Editor, photo: { url: string; alt: string }): void {
  editor
    .chain()
    .focus()
    .insertContent({ type: 'photo', attrs: { src: photo.url, alt: photo.alt } })
    .run();
}
