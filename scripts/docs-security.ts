/**
 * Writes the generated sections of docs/security.md: the role × capability
 * matrix (from the permission table), the role groups, and the routes each
 * permission guards (from the OpenAPI document of an app built in memory).
 * `npm run docs:security`; tests fail when the file is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/app.js';
import { generatedSections, operationsOf, renderRoutes, withSection } from '../src/server/auth/security-doc.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';

const file = fileURLToPath(new URL('../docs/security.md', import.meta.url));

const database = await openDatabase({ memory: true });
await database.migrate();
const app = await buildApp({ database, config: { ...loadConfig({}), logLevel: 'silent' }, serveWeb: false, logger: false });
await app.ready();
const routes = renderRoutes(operationsOf(app.swagger() as never));
await app.close();
await database.close();

let doc = await readFile(file, 'utf8');
for (const [name, render] of Object.entries(generatedSections)) doc = withSection(doc, name, render());
doc = withSection(doc, 'routes', routes);
await writeFile(file, doc);
console.log(`wrote ${file}`);
