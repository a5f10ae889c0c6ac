import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { aknElement, aknFileName, aknIris, aknXml, type AknInput } from './akn.js';

const input: AknInput = {
  referenceCode: 'AMM-53/JC/1',
  type: 'joint_communique',
  title: 'Joint Communiqué <of> the 53rd AMM & more',
  language: 'en',
  action: 'adopt',
  actionDate: '2020-09-09',
  meeting: { slug: 'amm-53', title: '53rd ASEAN Foreign Ministers’ Meeting' },
  proposers: [{ code: 'VN', name: 'Viet Nam' }],
  text: { preamble: [], paragraphs: ['We met.'], annexes: [] },
  madeOn: '2026-12-05',
};

describe('Akoma Ntoso export', () => {
  it('names works, expressions and manifestations after the AKN4UN convention', () => {
    expect(aknIris(input)).toEqual({
      work: '/akn/asean/statement/joint-communique/2020-09-09/amm-53-jc-1',
      expression: '/akn/asean/statement/joint-communique/2020-09-09/amm-53-jc-1/eng@2020-09-09',
      manifestation: '/akn/asean/statement/joint-communique/2020-09-09/amm-53-jc-1/eng@2020-09-09.akn',
    });
    expect(aknIris({ ...input, type: 'report', referenceCode: 'SUMMIT-37/REP/M.2', language: 'vi' }).expression).toBe(
      '/akn/asean/doc/report/2020-09-09/summit-37-rep-m-2/vie@2020-09-09',
    );
    expect(aknFileName('SUMMIT-37/DECL/1', 'vi')).toBe('summit-37-decl-1-vi.akn.xml');
  });

  it('uses <statement> for declarations, statements and communiqués and <doc> for the rest', () => {
    expect(['declaration', 'joint_communique', 'chairmans_statement', 'statement'].map((t) => aknElement(t as AknInput['type']))).toEqual(
      Array(4).fill('statement'),
    );
    expect(aknElement('plan_of_action')).toBe('doc');
  });

  it('escapes text, leaves out a missing preamble and attachments, and drops characters XML cannot carry', () => {
    const xml = aknXml({ ...input, text: { preamble: [], paragraphs: ['a < b & c\u0001'], annexes: [] } });
    expect(xml).toContain('a &lt; b &amp; c ');
    const statement = new XMLParser({ ignoreAttributes: false }).parse(xml).akomaNtoso.statement;
    expect(statement.preamble).toBeUndefined();
    expect(statement.attachments).toBeUndefined();
    expect(statement.preface.p[1].docTitle).toBe('Joint Communiqué <of> the 53rd AMM & more');
  });
});
