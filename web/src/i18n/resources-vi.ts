/** Every Vietnamese translation a first page may need, in one chunk (bundle.ts); the staff's namespaces are in resources-vi-staff.ts. */
import { bundle } from './bundle';
import vi from './vi.json';

export default bundle(
  vi,
  import.meta.glob<{ default: Record<string, unknown> }>(['../*/i18n/vi.json', '!../{scheduling,committee,users,delegates}/i18n/vi.json'], { eager: true }),
);
