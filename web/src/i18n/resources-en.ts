/** Every English translation, in one chunk (bundle.ts). */
import { bundle } from './bundle';
import en from './en.json';

export default bundle(en, import.meta.glob<{ default: Record<string, unknown> }>('../*/i18n/en.json', { eager: true }));
