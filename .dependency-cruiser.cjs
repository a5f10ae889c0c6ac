/**
 * The module boundaries of docs/architecture.md as rules, checked by
 * `npm run check:boundaries` (part of `npm test`). A new need across modules
 * changes this table and the architecture document together.
 */

/** What every module may use: the foundation, and the shared pure helpers. */
const foundation = [
  '^src/server/db/',
  '^src/server/http/',
  '^src/server/auth/(?!routes|hook)',
  '^src/server/changelog/(?!routes)',
  '^src/server/domain/',
  '^src/server/files/',
  '^src/server/config[.]ts$',
  // Text folding for search_text columns, a module's search provider and its SQL match,
  // and meetings' local times, visibility and calendar revision.
  '^src/server/search/(normalize|provider|sql)[.]ts$',
  '^src/server/meetings/(local-times|visibility|revision)[.]ts$',
  // A module's demo share: its type and the natural-key lookups.
  '^src/server/demo/(seed|refs)[.]ts$',
];

/** Each feature module, and what it may use of the others besides the foundation. */
const modules = {
  meetings: [],
  directory: ['^src/server/meetings/(queries|schemas)[.]ts$'],
  // The one search box: the app hands each module's provider in (search/provider.ts).
  search: [],
  health: [],
  // The chair's console: a sitting moves its meeting's status through meetings' own
  // transition check; what a reader may see of a meeting is meetings' predicate.
  // Decisions taken in session go through the documents workflow (its command, same
  // guards, roles and change log); the record shows documents by their confidentiality predicate.
  room: ['^src/server/meetings/(commands|queries|revision)[.]ts$', '^src/server/documents/(schema|commands|visibility|vocabulary|workflow)[.]ts$'],
  // The stream of committed changes, filtered by each module's visibility
  // predicate over the module's tables (live/visibility.ts).
  live: [
    '^src/server/(committee|directory|documents|press|room)/schema[.]ts$',
    '^src/server/documents/visibility[.]ts$',
    '^src/server/press/news/queries[.]ts$',
  ],
  // Its instances for tests and the benchmark are the demo's AMM-53 cluster; a
  // meeting made inside a cluster gets meetings' search text.
  scheduling: ['^src/server/demo/data/', '^src/server/meetings/search-text[.]ts$'],
  // Silence procedures' e-mail is written to the outbox with the step.
  documents: ['^src/server/documents-committee/deliverables[.]ts$', '^src/server/mail/outbox[.]ts$'],
  // The "task assigned" e-mail is written to the outbox with the assignment.
  committee: ['^src/server/documents-committee/pipeline(-query)?[.]ts$', '^src/server/mail/outbox[.]ts$'],
  // The outbox, its templates and the SMTP worker: foundation only.
  mail: [],
  // Personal data: the tables that hold it (retention purge, one person's export) and the outbox's rendering.
  privacy: [
    '^src/server/mail/(outbox|preferences|schema)[.]ts$',
    '^src/server/press/schema[.]ts$',
    '^src/server/press/delegates/schema[.]ts$',
    '^src/server/committee/schema[.]ts$',
    '^src/server/users/schema[.]ts$',
  ],
  // Accounts: a focal point's scope is committee bodies; invitations and resets go by e-mail.
  users: ['^src/server/committee/schema[.]ts$', '^src/server/mail/(outbox|templates)[.]ts$'],
  // The public portal's documents: outcome lists, the confidentiality predicate and which documents have a structured text (offered as Akoma Ntoso).
  // Accreditation decisions (with the badge) and waitlist moves are e-mailed through the outbox.
  press: ['^src/server/documents/(schema|schemas|visibility|outcomes|texts|vocabulary)[.]ts$', '^src/server/mail/outbox[.]ts$'],
  // The integration between documents and the committee, named as such: it
  // reads the leaves of both (tables, vocabulary, the confidentiality
  // predicate) and nothing that imports it back.
  // The daily programme: documents up for decision and decided through the
  // registry's tables and confidentiality predicate; its .ics through the
  // calendar feeds' writer (UIDs, SEQUENCE), never a second one.
  journal: ['^src/server/documents/(schema|visibility|vocabulary)[.]ts$', '^src/server/scheduling/calendar[.]ts$'],
  'documents-committee': ['^src/server/documents/(schema|visibility|vocabulary)[.]ts$', '^src/server/committee/schema[.]ts$'],
};

/** Pure cores: plain functions over plain data, no database, no HTTP. */
const pureCores = [
  // The role groups and the sign-in throttle's and password policy's arithmetic.
  '^src/server/auth/(roles|throttle|password-policy)[.]ts$',
  // Which account an identity provider's answer signs in to.
  '^src/server/auth/oidc/link[.]ts$',
  // The request-schema primitives (ids, text, days, instants, zones).
  '^src/server/http/primitives[.]ts$',
  // The chairmanship's zone and the day an instant falls on there.
  '^src/server/domain/chairmanship[.]ts$',
  '^src/server/meetings/local-times[.]ts$',
  '^src/server/search/normalize[.]ts$',
  '^src/server/directory/(rotation|partner-history)[.]ts$',
  '^src/server/documents/(workflow|metadata|words)[.]ts$',
  '^src/server/committee/core/',
  '^src/server/room/core/',
  '^src/server/meetings/status[.]ts$',
  '^src/server/documents-committee/pipeline[.]ts$',
  '^src/server/press/delegates/seats[.]ts$',
  '^src/server/press/accreditation/places[.]ts$',
  '^src/server/press/news/workflow[.]ts$',
  '^src/server/journal/(day|text|words)[.]ts$',
  '^src/server/scheduling/(model|comfort|validate|compile|evaluate|slots|heuristic[^/]*|optimize|explain|breakdown|history|ledger-bands)[.]ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'db-imports-nothing-of-gavel',
      severity: 'error',
      comment:
        'db/ opens the engines and holds the foundation tables (checked against the domain vocabulary); modules build on it, never the reverse. The reference checker answers with the error catalogue. The backup command (backup-cli.ts) reads the settings like main.ts does.',
      from: { path: '^src/server/db/', pathNot: '^src/server/db/backup-cli[.]ts$' },
      // The reference checker (references.ts) refuses with the catalogue's invalid_reference;
      // a user's zone defaults to the chairmanship's (domain/chairmanship.ts, pure like the vocabulary).
      to: {
        path: '^src/server/',
        pathNot: ['^src/server/db/', '^src/server/domain/(vocabulary|chairmanship)[.]ts$', '^src/server/http/errors[.]ts$'],
      },
    },
    {
      name: 'foundation-below-the-modules',
      severity: 'error',
      comment: 'http, auth, changelog, domain and files serve every module and import none.',
      from: { path: '^src/server/(http|auth|changelog|domain|files)/' },
      to: { path: '^src/server/', pathNot: ['^src/server/(db|http|auth|changelog|domain|files)/', '^src/server/config[.]ts$'] },
    },
    ...Object.entries(modules).map(([module, extra]) => ({
      name: `${module}-imports-only-what-it-may`,
      severity: 'error',
      comment: `${module}/ may import itself, the foundation${extra.length ? ' and ' + extra.join(', ') : ''} (docs/architecture.md).`,
      from: { path: `^src/server/${module}/` },
      to: { path: '^src/server/', pathNot: [`^src/server/${module}/`, ...foundation, ...extra] },
    })),
    {
      name: 'pure-cores-stay-pure',
      severity: 'error',
      comment: 'A pure core imports no database, HTTP or session code, so it can be tested exhaustively.',
      from: { path: pureCores },
      // The role groups are plain data: a pure rule may name them.
      to: { path: ['^src/server/(db|http|auth|changelog)/', '^node_modules/(drizzle-orm|fastify|pg|@electric-sql)/'], pathNot: '^src/server/auth/roles[.]ts$' },
    },
    {
      name: 'server-does-not-import-web-or-tests',
      severity: 'error',
      comment: 'Tests beside the code may use the test helpers; the code itself may not.',
      from: { path: '^src/', pathNot: '[.]test[.]ts$' },
      to: { path: '^(web|tests)/' },
    },
    {
      name: 'web-takes-types-schemas-and-pure-code-from-the-server',
      severity: 'error',
      comment:
        'The browser bundle may use the server’s zod schemas, vocabularies and pure cores, the permission table (plain data: a page is refused by the rule the server enforces), and anything as types only.',
      from: { path: '^web/' },
      to: {
        path: '^src/server/',
        pathNot: ['[/](schemas|vocabulary)[.]ts$', '^src/server/auth/permissions[.]ts$', ...pureCores],
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|node_modules)/' },
    // See type-only imports too: they are dependencies of the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.tests.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
