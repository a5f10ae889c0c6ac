/**
 * Hostile requests made from the API's own OpenAPI document: for each
 * operation, its path and query parameters and its JSON body's properties get
 * values of their declared type that a careless server stores and PostgreSQL
 * refuses (ids of 2^31, NUL, unpaired surrogates, dates past year 9999 or
 * before year 1, strings past their bound) or of another type altogether —
 * mixed with plausible values so that a request can get past validation and
 * reach the database. Also malformed multipart bodies.
 */
import { pressConsent } from './factories.js';
import fc from 'fast-check';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApi {
  paths: Record<string, Partial<Record<string, OperationObject>>>;
}

export interface Operation {
  method: Method;
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: JsonSchema | undefined;
}

const METHODS: readonly Method[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

export function operationsOf(spec: OpenApi): Operation[] {
  const ops: Operation[] = [];
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [lower, op] of Object.entries(operations)) {
      const method = lower.toUpperCase() as Method;
      if (!op || !METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      ops.push({
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

export const hasBody = (method: Method) => method !== 'GET' && method !== 'DELETE';

/** The text primitives' pattern (src/server/http/primitives.ts): plausible values need not be drawn from it. */
const SAFE_TEXT = '^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$';

// ---------------------------------------------------------------- values

/** Strings that PostgreSQL, Date, luxon or a careless query would choke on. */
export const hostileStrings: readonly string[] = [
  '\0',
  'a\0b',
  '\uD800',
  'x\uDFFF',
  '\uDBFF\uDBFF',
  '\uDC00\uD800',
  '\uFFFE\uFFFF',
  '\u202E\u0007\u001B',
  '+275760-09-13',
  '-271821-04-20',
  '0000-01-01',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59-14:00',
  '1899-12-31',
  '2020-02-30',
  '31/12/9999',
  '29/02/0000',
  '2020-09-09T08:00:00.0000000000000000000000000000000000001+07:00',
  '2147483648',
  '-2147483649',
  '99999999999999999999',
  '1e400',
  '0x7fffffff',
  'NaN',
  'Infinity',
  'Mars/Olympus_Mons',
  '../../etc/passwd',
  'Etc/GMT+14',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '__proto__',
  '',
  ' ',
];

export const hostileNumbers: readonly number[] = [2 ** 31, 2 ** 31 - 1, 2 ** 32, -(2 ** 31) - 1, -1, 0, 2 ** 53, 2 ** 53 + 2, 1e308, -1e308, 0.5, 1e-7];

const wrongTypes: readonly unknown[] = [null, true, false, [], {}, { nested: { deeper: [1, '\0', { x: '\uD800' }] } }, '1', 1, [null], ['\0']];

/** One UTF-16 unit or character at a time: the troublesome ones often. */
const hostileUnit = fc.oneof(
  fc.constantFrom('\0', '\uD800', '\uDBFF', '\uDC00', '\uFFFD', '\u0001', '\u007F', '\u2028', '%', '\\', "'", '"'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

function hostileString(schema: JsonSchema): fc.Arbitrary<string> {
  const bound = schema.maxLength ?? 200;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
    { weight: 3, arbitrary: fc.string({ unit: hostileUnit, minLength: 1, maxLength: 12 }) },
    // A plausible value spoiled: a NUL or a lone surrogate where a zone, a date or a name was expected.
    { weight: 3, arbitrary: fc.tuple(plausibleString(schema, ''), fc.constantFrom('\0', '\uD800', '\uDFFF')).map(([s, bad]) => `${s}${bad}`) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(bound + 1), 'é'.repeat(100_001)) },
  );
}

/** Values that may name something that exists, so that a request gets past validation. */
const hints: Record<string, readonly string[]> = {
  code: ['VN', 'NZ', 'vn'],
  party: ['VN', 'NZ'],
  proposer: ['VN'],
  slug: ['summit-37', 'amm-53'],
  meeting: ['summit-37', '1'],
  series: ['AMM', 'SUMMIT'],
  q: ['ASEAN', 'hội nghị'],
  email: ['someone@example.org', 'admin@gavel.demo'],
  nationality: ['VN', 'NZ'],
};

function plausibleString(schema: JsonSchema, name: string): fc.Arbitrary<string> {
  const hint = hints[name];
  if (hint) return fc.constantFrom(...hint);
  if (/zone/i.test(name) || /IANA/.test(schema.description ?? '')) return fc.constantFrom('Asia/Ho_Chi_Minh', 'Pacific/Auckland', 'UTC');
  if (/email/i.test(name)) return fc.constantFrom(...hints.email!);
  if (schema.format === 'date') return fc.constantFrom('2020-09-09', '2020-11-12', '2021-01-01');
  if (schema.format === 'date-time') return fc.constantFrom('2020-09-09T08:00:00+07:00', '2020-11-12T01:30:00Z', '2021-03-01T00:00:00.000Z');
  const max = Math.max(schema.minLength ?? 0, Math.min(schema.maxLength ?? 24, 24));
  const min = Math.min(schema.minLength ?? 1, max);
  if (schema.pattern && schema.pattern !== SAFE_TEXT) {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200) && s.length >= (schema.minLength ?? 0));
  }
  return fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: max });
}

function plausibleNumber(schema: JsonSchema, name: string, integer: boolean): fc.Arbitrary<number> {
  if (name === 'year') return fc.constantFrom(2020, 2021);
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
  const max = Math.min(schema.maximum ?? min + 40, min + 40);
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

const typeOf = (schema: JsonSchema): string | undefined => (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type);

/** A value the schema accepts, or nearly (it cannot tell what a refinement wants). */
export function plausible(schema: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) {
    const real = branches.filter((b) => b.type !== 'null');
    return fc.oneof(...(real.length ? real : branches).map((b) => plausible(b, name, depth)));
  }
  if (schema.allOf?.length) return plausible(schema.allOf[0]!, name, depth);
  switch (typeOf(schema)) {
    case 'string':
      return plausibleString(schema, name);
    case 'integer':
      return plausibleNumber(schema, name, true);
    case 'number':
      return plausibleNumber(schema, name, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 2, 2));
      return depth > 4 ? fc.constant([]) : fc.array(plausible(schema.items ?? {}, name, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return depth > 4 ? fc.constant({}) : objectOf(schema, depth, false);
    default:
      return fc.constantFrom('x', 1, true);
  }
}

/** A value of the declared type that should be refused, or a value of another type. */
export function hostile(schema: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
  const other = fc.constantFrom(...wrongTypes);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.filter((b) => b.type !== 'null').map((b) => hostile(b, name, depth)), other);
  switch (schema.enum ? 'string' : typeOf(schema)) {
    case 'string':
      return fc.oneof({ weight: 5, arbitrary: hostileString(schema) }, { weight: 1, arbitrary: other });
    case 'integer':
    case 'number':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...hostileNumbers) },
        { weight: 1, arbitrary: fc.integer() },
        { weight: 1, arbitrary: hostileString(schema) },
        { weight: 1, arbitrary: other },
      );
    case 'array': {
      const item = schema.items ?? {};
      return fc.oneof(
        fc.array(fc.oneof({ weight: 2, arbitrary: plausible(item, name, depth + 1) }, { weight: 1, arbitrary: hostile(item, name, depth + 1) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constant(Array.from({ length: (schema.maxItems ?? 50) + 1 }, () => 1)),
        other,
      );
    }
    case 'object':
      return depth > 4 ? other : fc.oneof({ weight: 3, arbitrary: objectOf(schema, depth, true) }, { weight: 1, arbitrary: other });
    default:
      return other;
  }
}

/** An object with every declared property (and a few keys of a record): plausible, or hostile one time in four. */
function objectOf(schema: JsonSchema, depth: number, spoil: boolean): fc.Arbitrary<Record<string, unknown>> {
  const value = (s: JsonSchema, name: string) =>
    spoil
      ? fc.oneof({ weight: 3, arbitrary: plausible(s, name, depth + 1) }, { weight: 1, arbitrary: hostile(s, name, depth + 1) })
      : plausible(s, name, depth + 1);
  const props = Object.entries(schema.properties ?? {});
  const declared = fc.record(Object.fromEntries(props.map(([name, s]) => [name, value(s, name)])));
  const extra = schema.additionalProperties;
  if (!extra || typeof extra !== 'object') return declared;
  const keys = schema.propertyNames ?? { type: 'string' };
  const key = spoil ? fc.oneof({ weight: 2, arbitrary: plausibleString(keys, '') }, { weight: 1, arbitrary: hostileString(keys) }) : plausibleString(keys, '');
  return fc
    .tuple(declared, fc.dictionary(key, value(extra, ''), { maxKeys: 3 }))
    .map(([d, r]) => Object.assign(Object.create(null) as Record<string, unknown>, r, d));
}

// ---------------------------------------------------------------- requests

/** encodeURIComponent, except that an unpaired surrogate is sent as the (invalid) UTF-8 of its code unit. */
export function encodeComponent(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(s[i]!);
    }
  }
  return out;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

/** Percent-encodings that do not decode (a stray %, an overlong NUL, a surrogate's bytes). */
const rawSegments = ['%', '%ZZ', '%C0%80', '%ED%A0%80', '%FF', '%00', '%2F..%2F', '..'];

export interface Probe {
  method: Method;
  url: string;
  body?: unknown;
}

export function requestArbitrary(op: Operation): fc.Arbitrary<Probe> {
  const segment = (p: Parameter) =>
    fc.oneof(
      { weight: 3, arbitrary: plausible(p.schema ?? {}, p.name).map((v) => encodeComponent(asText(v))) },
      { weight: 4, arbitrary: hostile(p.schema ?? {}, p.name).map((v) => encodeComponent(asText(v))) },
      { weight: 1, arbitrary: fc.constantFrom(...rawSegments) },
    );
  const path = fc.tuple(...op.pathParams.map(segment)).map((values) => {
    let i = 0;
    return op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? '1');
  });
  const queryValue = (p: Parameter) =>
    fc.option(
      fc.oneof(
        { weight: 3, arbitrary: plausible(p.schema ?? {}, p.name) },
        { weight: 3, arbitrary: hostile(p.schema ?? {}, p.name) },
        { weight: 1, arbitrary: fc.constantFrom(...rawSegments) },
      ),
      { freq: 3 },
    );
  const query = fc.tuple(...op.queryParams.map(queryValue)).map((values) =>
    op.queryParams
      .flatMap((p, i) => {
        const v = values[i];
        if (v === null || v === undefined) return [];
        const name = encodeComponent(p.name);
        if (Array.isArray(v)) return v.map((x) => `${name}=${encodeComponent(asText(x))}`);
        return [`${name}=${typeof v === 'string' && rawSegments.includes(v) ? v : encodeComponent(asText(v))}`];
      })
      .join('&'),
  );
  const body: fc.Arbitrary<unknown> = !hasBody(op.method)
    ? fc.constant(undefined)
    : op.body
      ? fc.oneof(
          { weight: 6, arbitrary: op.body.type === 'object' || op.body.properties ? objectOf(op.body, 0, true) : hostile(op.body) },
          { weight: 1, arbitrary: fc.constantFrom(...wrongTypes) },
        )
      : fc.oneof(fc.constant({}), fc.constantFrom(...wrongTypes));
  return fc.record({ path, query, body }).map(({ path: p, query: q, body: b }) => ({ method: op.method, url: q ? `${p}?${q}` : p, body: b }));
}

export function describeProbe(probe: Probe): string {
  const body = probe.body === undefined ? '' : ` ${JSON.stringify(probe.body)?.slice(0, 300)}`;
  return `${probe.method} ${probe.url.slice(0, 300)}${body}`;
}

// ---------------------------------------------------------------- the schema check

/**
 * Request strings that are unbounded (no maxLength) or unchecked (no pattern,
 * enum or const): each such place could carry NUL, an unpaired surrogate or a
 * megabyte to the database. `allowed` lists "METHOD /path location" entries
 * that clean what they receive rather than refuse it.
 */
export function uncheckedStrings(ops: Operation[], allowed: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const walk = (s: JsonSchema | undefined, where: string) => {
    if (!s || typeof s !== 'object') return;
    for (const b of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(b, where);
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes('string') && s.enum === undefined && s.const === undefined && !allowed.has(where)) {
      if (s.maxLength === undefined) found.push(`${where}: no maxLength`);
      if (s.pattern === undefined) found.push(`${where}: no pattern (NUL and unpaired surrogates unchecked)`);
    }
    if ((types.includes('integer') || types.includes('number')) && (s.maximum === undefined || s.minimum === undefined)) {
      found.push(`${where}: unbounded number`);
    }
    if (types.includes('integer') && s.maximum !== undefined && s.maximum > 2 ** 31 - 1) found.push(`${where}: maximum past PostgreSQL's integer`);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${where}.${k}`);
    walk(s.items, `${where}[]`);
    if (typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${where}{}`);
    walk(s.propertyNames, `${where}{key}`);
  };
  for (const op of ops) {
    const at = `${op.method} ${op.path}`;
    for (const p of [...op.pathParams, ...op.queryParams]) walk(p.schema, `${at} ${p.in}.${p.name}`);
    walk(op.body, `${at} body`);
  }
  return found;
}

// ---------------------------------------------------------------- multipart

export interface RawRequest {
  name: string;
  headers: Record<string, string>;
  payload: Buffer;
}

const CRLF = '\r\n';
/** A 1×1 PNG. */
const tinyPng = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

const fieldPart = (boundary: string, name: string, value: string | Buffer) =>
  Buffer.concat([Buffer.from(`--${boundary}${CRLF}Content-Disposition: form-data; name="${name}"${CRLF}${CRLF}`), Buffer.from(value), Buffer.from(CRLF)]);
const filePart = (boundary: string, name: string, filename: string | Buffer, bytes: Buffer) =>
  Buffer.concat([
    Buffer.from(`--${boundary}${CRLF}Content-Disposition: form-data; name="${name}"; filename="`),
    Buffer.from(filename),
    Buffer.from(`"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`),
    bytes,
    Buffer.from(CRLF),
  ]);
const closing = (boundary: string) => Buffer.from(`--${boundary}--${CRLF}`);

/** The fields of Gavel's forms, plausibly filled in, and one file. */
export function wellFormedForm(boundary: string, fileField: string): Buffer {
  const fields: Record<string, string> = {
    fullName: 'Nguyễn Văn A',
    outlet: 'VnExpress',
    nationality: 'VN',
    idDocumentNumber: 'B1234567',
    email: 'someone@example.org',
    captionEn: 'Leaders',
    captionVi: 'Lãnh đạo',
    credit: 'VNA',
    role: 'member',
    position: 'Counsellor',
    meetingId: '1',
    reason: 'ill',
    ...pressConsent,
  };
  return Buffer.concat([
    ...Object.entries(fields).map(([k, v]) => fieldPart(boundary, k, v)),
    filePart(boundary, fileField, 'photo.png', tinyPng),
    closing(boundary),
  ]);
}

const multipartType = (boundary: string) => `multipart/form-data; boundary=${boundary}`;

/** Named malformations of a multipart body, each with the problem it should be refused for. */
export function malformedForms(fileField: string): RawRequest[] {
  const b = 'gavelBoundary7MA4YWxkTrZu0gW';
  const good = wellFormedForm(b, fileField);
  const headerEnd = good.indexOf('\r\n\r\n') + 2;
  const fileStart = good.indexOf(tinyPng);
  const req = (name: string, contentType: string, payload: Buffer): RawRequest => ({ name, headers: { 'content-type': contentType }, payload });
  return [
    req('no boundary', 'multipart/form-data', good),
    req('empty boundary', 'multipart/form-data; boundary=', good),
    req('quoted empty boundary', 'multipart/form-data; boundary=""', good),
    req('a boundary the body does not use', multipartType('somethingElse'), good),
    req('a boundary longer than 256 characters', multipartType('x'.repeat(300)), wellFormedForm('x'.repeat(300), fileField)),
    req('cut off inside the file', multipartType(b), good.subarray(0, fileStart + 20)),
    req('cut off inside a part header', multipartType(b), good.subarray(0, headerEnd - 10)),
    req('cut off before the closing boundary', multipartType(b), good.subarray(0, good.length - closing(b).length)),
    req('an empty body', multipartType(b), Buffer.alloc(0)),
    req('only the closing boundary', multipartType(b), closing(b)),
    req('no file part', multipartType(b), Buffer.concat([fieldPart(b, 'fullName', 'A'), fieldPart(b, 'captionEn', 'x'), closing(b)])),
    req(
      'a field of 1.5 MB',
      multipartType(b),
      Buffer.concat([fieldPart(b, 'fullName', 'x'.repeat(1_500_000)), filePart(b, fileField, 'p.png', tinyPng), closing(b)]),
    ),
    req('a header line without a colon', multipartType(b), Buffer.from(`--${b}${CRLF}nonsense${CRLF}${CRLF}value${CRLF}--${b}--${CRLF}`)),
    req('a part without Content-Disposition', multipartType(b), Buffer.from(`--${b}${CRLF}Content-Type: text/plain${CRLF}${CRLF}value${CRLF}--${b}--${CRLF}`)),
    req('a field named __proto__', multipartType(b), Buffer.concat([fieldPart(b, '__proto__', 'x'), closing(b)])),
    req('two files', multipartType(b), Buffer.concat([filePart(b, fileField, 'a.png', tinyPng), filePart(b, fileField, 'b.png', tinyPng), closing(b)])),
    req('fifty fields', multipartType(b), Buffer.concat([...Array.from({ length: 50 }, (_, i) => fieldPart(b, `f${i}`, 'x')), closing(b)])),
    req(
      'NUL and unpaired surrogates in fields and the file name',
      multipartType(b),
      Buffer.concat([
        fieldPart(b, 'fullName', 'A\0B'),
        fieldPart(b, 'email', Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x40, 0x62, 0x2e, 0x63, 0x6f])),
        fieldPart(b, 'meetingId', '2147483648'),
        filePart(b, fileField, Buffer.from([0x70, 0x00, 0xed, 0xa0, 0x80, 0x2e, 0x70, 0x6e, 0x67]), tinyPng),
        closing(b),
      ]),
    ),
    req('JSON declared as multipart', 'multipart/form-data; boundary=x', Buffer.from('{"fullName":"A"}')),
    req('multipart declared as JSON', 'application/json', good),
    req('a charset but no boundary', 'multipart/form-data; charset=utf-8', good),
  ];
}

/** A well-formed form cut at a random place, or with random bytes overwritten. */
export function damagedFormArbitrary(fileField: string): fc.Arbitrary<RawRequest> {
  const b = 'gavelBoundaryQ1w2E3r4';
  const good = wellFormedForm(b, fileField);
  return fc.oneof(
    fc
      .nat({ max: good.length - 1 })
      .map((cut) => ({ name: `cut at byte ${cut}`, headers: { 'content-type': multipartType(b) }, payload: good.subarray(0, cut) })),
    fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const payload = Buffer.from(good);
      for (const [at, byte] of flips) payload[at] = byte;
      return { name: `bytes overwritten at ${flips.map(([at]) => at).join(',')}`, headers: { 'content-type': multipartType(b) }, payload };
    }),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => ({
      name: `random bytes ${Buffer.from(bytes).toString('hex').slice(0, 40)}`,
      headers: { 'content-type': multipartType(b) },
      payload: Buffer.from(bytes),
    })),
  );
}
