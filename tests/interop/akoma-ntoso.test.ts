/**
 * Outcome documents as Akoma Ntoso 3.0 (issue 19): every structured text of
 * the demo exported in its language from the public portal, and a `<doc>`
 * with annexes and hostile characters through the signed-in route, each
 * validated by xmllint against Gavel's schema of the AKN subset it emits
 * (schemas/akn-gavel.xsd), with the references the schema cannot check
 * (every "#id" points at an eId of the file) checked here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTexts } from '../../src/server/documents/schema.js';
import { newDocument } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { scratchDir, tool } from './tools.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const schema = join(here, 'schemas', 'akn-gavel.xsd');

describe('outcome documents as Akoma Ntoso 3.0', () => {
  let h: Harness;
  let staff: Client;
  let anonymous: Client;
  const scratch = scratchDir('akn');

  beforeAll(async () => {
    h = await startHarness('pglite');
    staff = await h.signIn('secretariat@gavel.demo');
    anonymous = await h.anonymous();
  });
  afterAll(async () => {
    scratch.remove();
    await h?.close();
  });

  /** Valid against the schema, and every "#ref" in it names an eId of the file. */
  const check = async (name: string, xml: string) => {
    const file = join(scratch.dir, `${name}.xml`);
    writeFileSync(file, xml);
    const valid = await tool('xmllint', ['--noout', '--schema', schema, file]);
    expect(valid.code, `${name}: ${valid.stderr}`).toBe(0);
    const ids = new Set([...xml.matchAll(/\beId="([^"]+)"/g)].map((m) => m[1]));
    const refs = [...xml.matchAll(/\b(?:refersTo|href|source|by|outcome)="#([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(
      refs.filter((r) => !ids.has(r)),
      `${name}: dangling references`,
    ).toEqual([]);
    return file;
  };

  it('serves every public structured text of the demo from the portal as valid AKN, in its language', async () => {
    const texts = await h.database.db.select({ documentId: documentTexts.documentId, language: documentTexts.language }).from(documentTexts);
    // The 37th Summit's two declarations and its Chairman's Statement, each in Vietnamese and English.
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const t of texts) {
      const res = await anonymous.get(`/api/portal/documents/${t.documentId}/akn?lang=${t.language}`);
      expect(res.statusCode, `${t.documentId} ${t.language}`).toBe(200);
      const file = await check(`demo-${t.documentId}-${t.language}`, res.body);
      const language = await tool('xmllint', ['--xpath', "string(//*[local-name()='FRBRExpression']/*[local-name()='FRBRlanguage']/@language)", file]);
      expect(language.stdout.trim()).toBe(t.language === 'vi' ? 'vie' : 'eng');
    }
  });

  it('exports any other outcome as a <doc>, with annexes, numbering and hostile text intact', async () => {
    const meetings = (await staff.get('/api/meetings?series=SUMMIT')).json<{ meetings: Array<{ id: number; edition: number }> }>().meetings;
    const doc = await newDocument<{ id: number }>(staff, meetings.find((m) => m.edition === 37)!.id, {
      titleEn: 'Report on <script>alert(1)</script> & “quotes”',
      titleVi: 'Báo cáo về hợp tác',
      type: 'report',
      pillar: 'economic',
      intendedAction: 'note',
      confidentiality: 'members',
    });
    const text = {
      preamble: ['Recalling ]]> and <!-- comments --> & entities &amp;,'],
      paragraphs: ['First: <b>not markup</b>.', 'Second, with "quotes" and \'apostrophes\'.', 'Third — Việt Nam.'],
      annexes: [
        { title: 'Annex I', paragraphs: ['One.'] },
        { title: 'Annex II', paragraphs: ['Two.', 'Three.'] },
      ],
    };
    expect((await staff.request('PUT', `/api/documents/${doc.id}/texts/en`, text)).statusCode).toBe(200);
    for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'noted']) {
      const body = to === 'noted' ? { to, reason: 'The meeting chose to note it' } : { to };
      expect((await staff.post(`/api/documents/${doc.id}/transitions`, body)).statusCode, to).toBe(200);
    }
    const res = await staff.get(`/api/documents/${doc.id}/akn?lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    const file = await check('report', res.body);
    const count = async (xpath: string) => Number((await tool('xmllint', ['--xpath', xpath, file])).stdout.trim());
    expect(await count("count(/*[local-name()='akomaNtoso']/*[local-name()='doc'][@name='report'])")).toBe(1);
    expect(await count("count(//*[local-name()='mainBody']/*[local-name()='paragraph'])")).toBe(6);
    expect(await count("count(//*[local-name()='attachment'])")).toBe(2);
    const first = await tool('xmllint', ['--xpath', "string((//*[local-name()='paragraph'])[1]/*[local-name()='content'])", file]);
    expect(first.stdout.trim()).toBe('First: <b>not markup</b>.');
    const step = await tool('xmllint', ['--xpath', "string(//*[local-name()='step']/@outcome)", file]);
    expect(step.stdout.trim()).toBe('#noted');
  });

  it('has a schema that refuses what it should: no body, a wrong language, a duplicated eId', async () => {
    const res = await anonymous.get(`/api/portal/documents/${(await h.database.db.select().from(documentTexts))[0]!.documentId}/akn?lang=en`);
    const broken = {
      'no-body': res.body.replace(/<mainBody>[\s\S]*?<\/mainBody>/, ''),
      'wrong-language': res.body.replace('language="eng"', 'language="en"'),
      'same-eId': res.body.replace('eId="para_2"', 'eId="para_1"'),
    };
    for (const [name, xml] of Object.entries(broken)) {
      expect(xml, name).not.toBe(res.body);
      const file = join(scratch.dir, `broken-${name}.xml`);
      writeFileSync(file, xml);
      expect((await tool('xmllint', ['--noout', '--schema', schema, file])).code, name).not.toBe(0);
    }
  });
});
