/** Every English translation a first page may need, in one chunk (bundle.ts); the staff's namespaces are in resources-en-staff.ts. */
import { bundle } from './bundle';
import en from './en.json';

export default bundle(
  en,
  import.meta.glob<{ default: Record<string, unknown> }>(['../*/i18n/en.json', '!../{scheduling,committee,users,delegates}/i18n/en.json'], { eager: true }),
);
