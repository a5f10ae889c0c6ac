/**
 * An answer as the web receives it: the server's response schema, after JSON
 * (src/server/http/wire.ts). Web modules name their answers `Answer<typeof schema>`
 * so a change on the server is a type error in the web, not a blank on the page.
 */
export type { Answer, Wire } from '../../../src/server/http/wire';
