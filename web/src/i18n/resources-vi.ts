/** Every Vietnamese translation, in one chunk (bundle.ts). */
import { bundle } from './bundle';
import vi from './vi.json';

export default bundle(vi, import.meta.glob<{ default: Record<string, unknown> }>('../*/i18n/vi.json', { eager: true }));
