/** All of the press module's routes. */
import type { App, Deps } from '../http/types.js';
import { accreditationRoutes } from './accreditation/routes.js';
import { monitoringRoutes } from './monitoring/routes.js';

export function pressRoutes(app: App, deps: Deps): void {
  monitoringRoutes(app, deps);
  accreditationRoutes(app, deps);
}
