/**
 * An outcome document as Akoma Ntoso 3.0 (OASIS LegalDocML), one expression
 * per language. Pure: the facts in, the XML out (akn.test.ts; the interop
 * suite validates every export with xmllint, docs/decisions/akoma-ntoso.md).
 *
 * - `<statement>` for declarations, statements and communiqués, `<doc>` for
 *   the rest; its `name` is the document type.
 * - FRBR identifiers after the AKN4UN naming convention, with the
 *   organization in place of the country:
 *   work          /akn/asean/statement/declaration/2020-11-12/summit-37-decl-1/!main
 *   expression    …/summit-37-decl-1/vie@2020-11-12/!main
 *   manifestation …/summit-37-decl-1/vie@2020-11-12/!main.akn
 *   an annex is the component `!annex_<n>` of the same work and expression.
 * - References: the proposers (TLCOrganization), the acting meeting
 *   (TLCEvent), the action taken (TLCConcept) and Gavel as the source; the
 *   lifecycle and workflow name the date and the meeting that acted.
 * - eIds are unique in the whole file (the schema's constraint reaches into
 *   attachments): an annex's paragraphs are `att_<n>__para_<m>`.
 * - Built by fast-xml-parser's XMLBuilder, which escapes every text and
 *   attribute value: no untrusted text is concatenated into markup.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { NOT_XML, paragraphNumber, type StructuredText, type TextLanguage } from './text-structure.js';
import type { DocumentType, OutcomeAction } from './vocabulary.js';
import { documentWords } from './words.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const AKN_MEDIA_TYPE = 'application/akn+xml';
/** The organization in AKN's country position of every IRI (AKN4UN puts "un" there). */
export const AKN_AUTHORITY = 'asean';

const statementTypes: readonly DocumentType[] = ['declaration', 'joint_communique', 'chairmans_statement', 'statement'];
/** ISO 639-2/B, as AKN expressions name their language. */
const languageCodes: Record<TextLanguage, string> = { en: 'eng', vi: 'vie' };

const actionConcept: Record<OutcomeAction, string> = { adopt: 'adopted', note: 'noted', issue: 'issued' };

export interface AknInput {
  referenceCode: string;
  type: DocumentType;
  /** The title in the expression's language. */
  title: string;
  language: TextLanguage;
  action: OutcomeAction;
  /** The day the meeting acted, in its host's zone (YYYY-MM-DD). */
  actionDate: string;
  meeting: { slug: string; title: string };
  proposers: ReadonlyArray<{ code: string; name: string }>;
  text: StructuredText;
  /** The day this file was made (YYYY-MM-DD): the manifestation's date. */
  madeOn: string;
}

export const aknElement = (type: DocumentType) => (statementTypes.includes(type) ? 'statement' : 'doc');

/** A name part of an IRI or an eId: lower case letters, digits and hyphens. */
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

/** The work, expression and manifestation IRIs of one language's file. */
export function aknIris(input: Pick<AknInput, 'referenceCode' | 'type' | 'language' | 'actionDate'>) {
  const work = `/akn/${AKN_AUTHORITY}/${aknElement(input.type)}/${slug(input.type)}/${input.actionDate}/${slug(input.referenceCode)}`;
  const expression = `${work}/${languageCodes[input.language]}@${input.actionDate}`;
  return { work, expression, manifestation: `${expression}.akn` };
}

/** Text as XML 1.0 may carry it (the structure refuses control characters; older rows or titles are cleaned here). */
const xmlText = (s: string) => s.replace(new RegExp(NOT_XML.source, 'gu'), ' ');

function identification(iris: ReturnType<typeof aknIris>, component: string, input: AknInput) {
  // The organization authors the work and its expressions; Gavel makes the file.
  const author = { '@_href': `#${AKN_AUTHORITY}` };
  return {
    '@_source': '#gavel',
    FRBRWork: {
      FRBRthis: { '@_value': `${iris.work}/${component}` },
      FRBRuri: { '@_value': iris.work },
      FRBRdate: { '@_date': input.actionDate, '@_name': actionConcept[input.action] },
      FRBRauthor: author,
      FRBRcountry: { '@_value': AKN_AUTHORITY },
      FRBRsubtype: { '@_value': slug(input.type) },
      FRBRnumber: { '@_value': slug(input.referenceCode) },
      FRBRname: { '@_value': slug(input.type) },
    },
    FRBRExpression: {
      FRBRthis: { '@_value': `${iris.expression}/${component}` },
      FRBRuri: { '@_value': iris.expression },
      FRBRdate: { '@_date': input.actionDate, '@_name': actionConcept[input.action] },
      FRBRauthor: author,
      FRBRlanguage: { '@_language': languageCodes[input.language] },
    },
    FRBRManifestation: {
      FRBRthis: { '@_value': `${iris.expression}/${component}.akn` },
      FRBRuri: { '@_value': iris.manifestation },
      FRBRdate: { '@_date': input.madeOn, '@_name': 'generation' },
      FRBRauthor: { '@_href': '#gavel' },
      FRBRformat: { '@_value': AKN_MEDIA_TYPE },
    },
  };
}

const meetingId = (input: Pick<AknInput, 'meeting'>) => `meeting-${slug(input.meeting.slug)}`;
const partyId = (code: string) => `party-${slug(code)}`;

function meta(input: AknInput, iris: ReturnType<typeof aknIris>) {
  const concept = actionConcept[input.action];
  return {
    identification: identification(iris, '!main', input),
    lifecycle: {
      '@_source': '#gavel',
      eventRef: { '@_eId': 'evt_1', '@_date': input.actionDate, '@_source': '#original', '@_type': 'generation', '@_refersTo': `#${meetingId(input)}` },
    },
    workflow: {
      '@_source': '#gavel',
      step: { '@_eId': 'step_1', '@_date': input.actionDate, '@_by': `#${AKN_AUTHORITY}`, '@_outcome': `#${concept}`, '@_refersTo': `#${meetingId(input)}` },
    },
    references: {
      '@_source': '#gavel',
      original: { '@_eId': 'original', '@_href': iris.expression, '@_showAs': xmlText(input.title) },
      TLCOrganization: [
        { '@_eId': 'gavel', '@_href': '/ontology/organization/gavel', '@_showAs': 'Gavel' },
        { '@_eId': AKN_AUTHORITY, '@_href': `/ontology/organization/${AKN_AUTHORITY}`, '@_showAs': 'ASEAN' },
        ...input.proposers.map((p) => ({
          '@_eId': partyId(p.code),
          '@_href': `/ontology/organization/${AKN_AUTHORITY}/${slug(p.code)}`,
          '@_showAs': xmlText(p.name),
        })),
      ],
      TLCEvent: {
        '@_eId': meetingId(input),
        '@_href': `/ontology/event/${AKN_AUTHORITY}/${slug(input.meeting.slug)}`,
        '@_showAs': xmlText(input.meeting.title),
      },
      TLCConcept: {
        '@_eId': concept,
        '@_href': `/ontology/concept/${AKN_AUTHORITY}/${concept}`,
        '@_showAs': documentWords[input.language].action[input.action],
      },
    },
  };
}

function preface(input: AknInput) {
  const date = input.actionDate;
  return {
    p: [
      { '@_class': 'docType', docType: documentWords[input.language].kind[input.type] },
      { '@_class': 'title', docTitle: xmlText(input.title) },
      { '@_class': 'number', docNumber: xmlText(input.referenceCode) },
      {
        '@_class': 'action',
        docStatus: { '@_refersTo': `#${actionConcept[input.action]}`, '#text': documentWords[input.language].action[input.action] },
      },
      { '@_class': 'date', docDate: { '@_date': date, '@_refersTo': `#${meetingId(input)}`, '#text': date } },
      { '@_class': 'meeting', session: { '@_refersTo': `#${meetingId(input)}`, '@_value': slug(input.meeting.slug), '#text': xmlText(input.meeting.title) } },
      ...input.proposers.map((p) => ({ '@_class': 'proponent', docProponent: { '@_refersTo': `#${partyId(p.code)}`, '#text': xmlText(p.name) } })),
    ],
  };
}

const numbered = (paragraphs: readonly string[], prefix = '') =>
  paragraphs.map((words, i) => ({
    '@_eId': `${prefix}para_${i + 1}`,
    num: paragraphNumber(i),
    content: { p: xmlText(words) },
  }));

function annex(input: AknInput, iris: ReturnType<typeof aknIris>, a: StructuredText['annexes'][number], n: number) {
  return {
    '@_eId': `att_${n}`,
    doc: {
      '@_name': 'annex',
      meta: { identification: identification(iris, `!annex_${n}`, input) },
      preface: { p: { '@_class': 'title', docTitle: xmlText(a.title) } },
      mainBody: { paragraph: numbered(a.paragraphs, `att_${n}__`) },
    },
  };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true });

export function aknXml(input: AknInput): string {
  const iris = aknIris(input);
  const element = aknElement(input.type);
  const body = {
    '@_name': slug(input.type),
    meta: meta(input, iris),
    preface: preface(input),
    ...(input.text.preamble.length ? { preamble: { p: input.text.preamble.map((words) => xmlText(words)) } } : {}),
    mainBody: { paragraph: numbered(input.text.paragraphs) },
    ...(input.text.annexes.length ? { attachments: { attachment: input.text.annexes.map((a, i) => annex(input, iris, a, i + 1)) } } : {}),
  };
  const xml = builder.build({ akomaNtoso: { '@_xmlns': AKN_NAMESPACE, [element]: body } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** The file name a download is offered under. */
export const aknFileName = (referenceCode: string, language: TextLanguage) => `${slug(referenceCode)}-${language}.akn.xml`;
