/** All of the press module's routes. */
import type { App, Deps } from '../http/types.js';
import { accreditationRoutes } from './accreditation/routes.js';
import { monitoringRoutes } from './monitoring/routes.js';
import { briefingRoutes } from './news/briefing-routes.js';
import { photoRoutes } from './news/photo-routes.js';
import { newsRoutes } from './news/routes.js';
import { portalRoutes } from './news/portal-routes.js';
import { shareMetaRoutes } from './news/share-meta.js';

export function pressRoutes(app: App, deps: Deps): void {
  monitoringRoutes(app, deps);
  accreditationRoutes(app, deps);
  newsRoutes(app, deps);
  photoRoutes(app, deps);
  briefingRoutes(app, deps);
  portalRoutes(app, deps);
  shareMetaRoutes(app, deps);
}
