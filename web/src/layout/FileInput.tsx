/**
 * A file field written in the UI language. The browser's own file input says
 * "Choose Files / No file chosen" in the browser's language whatever the UI's;
 * here the native input stays (its label, keyboard, drag and drop, the tests'
 * setInputFiles) but is laid transparent over a button and a line naming the
 * chosen files, both in the UI language.
 */
import { useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormReset } from './useFormReset';

export function FileInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  const show = (field: HTMLInputElement) => setNames([...(field.files ?? [])].map((file) => file.name));

  // A form's reset empties the native input; the names go with it.
  useFormReset(input, show);

  return (
    <span className="file-input">
      <input
        {...props}
        ref={input}
        type="file"
        className="file-input-native"
        onChange={(event) => {
          show(event.target);
          props.onChange?.(event);
        }}
      />
      <span className="button button-small file-input-button" aria-hidden="true">
        {t(props.multiple ? 'files.chooseMany' : 'files.choose')}
      </span>
      <span className="file-input-names muted small" aria-hidden="true">
        {names.length > 0 ? names.join(', ') : t('files.none')}
      </span>
    </span>
  );
}
