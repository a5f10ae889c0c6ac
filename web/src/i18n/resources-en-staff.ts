/**
 * The English of the secretariat's own pages (scheduling, committee, users,
 * delegates): its own chunk, fetched the first time one of these namespaces
 * is asked for, so that no reader's first load carries it (index.ts).
 */
import { bundle } from './bundle';

export default bundle(null, import.meta.glob<{ default: Record<string, unknown> }>('../{scheduling,committee,users,delegates}/i18n/en.json', { eager: true }));
