/**
 * The browser's own form checks (`required`, `type="email"`, `min`…) speak
 * the browser's language: "Please fill out this field." under a Vietnamese
 * page. Here each control's message is set, as it is found invalid, to the
 * sentence in the UI language (the 'invalid' event comes before the browser
 * shows it), and cleared as soon as the value changes, so the browser checks
 * afresh. One listener on the document serves every form.
 */
import type { TFunction } from 'i18next';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (target: EventTarget | null): target is Control =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

/** The sentence for what is wrong with a control's value, in the UI language; '' when nothing is. */
export function validityMessage(control: Control, t: TFunction): string {
  const v = control.validity;
  const type = control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase();
  if (v.valueMissing) {
    if (type === 'checkbox') return t('validity.check');
    if (type === 'radio' || type === 'select') return t('validity.choose');
    if (type === 'file') return t('validity.file');
    return t('validity.required');
  }
  if (v.typeMismatch) return type === 'email' ? t('validity.email') : type === 'url' ? t('validity.url') : t('validity.format');
  if (v.badInput) return t('validity.format');
  if (v.tooShort) return t('validity.tooShort', { count: (control as HTMLInputElement).minLength });
  if (v.tooLong) return t('validity.tooLong', { count: (control as HTMLInputElement).maxLength });
  if (v.rangeUnderflow) return t('validity.min', { min: (control as HTMLInputElement).min });
  if (v.rangeOverflow) return t('validity.max', { max: (control as HTMLInputElement).max });
  if (v.stepMismatch) return t('validity.step');
  if (v.patternMismatch) return control.title ? t('validity.patternTitled', { title: control.title }) : t('validity.pattern');
  return '';
}

/** Installs the listeners once for the page. */
export function translateValidity(t: () => TFunction): void {
  document.addEventListener(
    'invalid',
    (event) => {
      if (!isControl(event.target)) return;
      event.target.setCustomValidity('');
      event.target.setCustomValidity(validityMessage(event.target, t()));
    },
    true,
  );
  const clear = (event: Event) => {
    if (isControl(event.target) && event.target.validity.customError) event.target.setCustomValidity('');
  };
  document.addEventListener('input', clear, true);
  document.addEventListener('change', clear, true);
}
