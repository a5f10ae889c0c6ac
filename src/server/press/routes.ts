/** All of the press module's routes. */
import multipart from '@fastify/multipart';
import type { App, Deps } from '../http/types.js';
import { accreditationRoutes } from './accreditation/routes.js';
import { MAX_PHOTO_BYTES } from './badges/photo.js';
import { verifyRoutes } from './badges/verify-routes.js';
import { delegateRoutes } from './delegates/routes.js';
import { monitoringRoutes } from './monitoring/routes.js';
import { briefingRoutes } from './news/briefing-routes.js';
import { photoRoutes } from './news/photo-routes.js';
import { newsRoutes } from './news/routes.js';
import { portalRoutes } from './news/portal-routes.js';
import { portalPageRoutes } from './news/portal-pages.js';

export function pressRoutes(app: App, deps: Deps): void {
  // Journalists' applications, delegates' nominations and article photos carry a photo.
  void app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });
  monitoringRoutes(app, deps);
  accreditationRoutes(app, deps);
  delegateRoutes(app, deps);
  verifyRoutes(app, deps);
  newsRoutes(app, deps);
  photoRoutes(app, deps);
  briefingRoutes(app, deps);
  portalRoutes(app, deps);
  portalPageRoutes(app, deps);
}
