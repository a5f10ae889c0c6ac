/**
 * Bulk import of a meeting's document list from CSV or XLSX. Every row is
 * checked first; if any is wrong nothing is written and the report names
 * each bad row (as numbered in the spreadsheet, header = row 1) and column.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import type { Actor } from '../changelog/record.js';
import type { Db } from '../db/client.js';
import { meetings, parties } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { trimmedText } from '../http/primitives.js';
import { createDocumentIn } from './commands.js';
import { confidentialities, documentTypes, outcomeActions, pillars } from './vocabulary.js';

export const importColumns = [
  'title_en',
  'title_vi',
  'type',
  'pillar',
  'intended_action',
  'confidentiality',
  'proposers',
  'lead_body_en',
  'lead_body_vi',
] as const;

const cell = (max: number) => trimmedText(max).min(1, 'required');
const optional = (max: number) =>
  trimmedText(max)
    .optional()
    .transform((s) => s || null);

const rowSchema = z.object({
  title_en: cell(500),
  title_vi: cell(500),
  type: z.enum(documentTypes),
  pillar: z.enum(pillars),
  intended_action: z.enum(outcomeActions),
  confidentiality: z
    .enum(confidentialities)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  proposers: trimmedText(2000).optional(),
  lead_body_en: optional(200),
  lead_body_vi: optional(200),
});

export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

type Raw = Record<string, string>;

async function readRows(bytes: Uint8Array): Promise<Raw[]> {
  const kind = await fileTypeFromBuffer(bytes);
  if (kind?.ext === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    if (!sheet) return [];
    const header: string[] = [];
    sheet.getRow(1).eachCell((c, col) => (header[col] = String(c.text).trim().toLowerCase()));
    const rows: Raw[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const raw: Raw = {};
      header.forEach((h, col) => h && (raw[h] = sheet.getRow(r).getCell(col).text ?? ''));
      if (Object.values(raw).some((v) => v.trim())) rows.push(raw);
    }
    return rows;
  }
  if (kind) throw new AppError('unsupported_media_type', `Import a CSV or XLSX file, not ${kind.mime}`, [{ path: 'file', message: kind.mime }]);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return parse(text, {
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  });
}

export async function importDocuments(
  db: Db,
  actor: Actor,
  meetingId: number,
  upload: { bytes: Uint8Array },
): Promise<{ ok: true; ids: number[] } | { ok: false; problems: RowProblem[] }> {
  const [meeting] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw notFound('Meeting');
  let raws: Raw[];
  try {
    raws = await readRows(upload.bytes);
  } catch (err) {
    if (err instanceof AppError) throw err;
    return { ok: false, problems: [{ row: 1, column: '*', message: `unreadable file: ${(err as Error).message}` }] };
  }
  if (!raws.length) return { ok: false, problems: [{ row: 2, column: '*', message: 'no rows' }] };

  const problems: RowProblem[] = [];
  const valid = raws.map((raw, i) => {
    const parsed = rowSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      problems.push({ row: i + 2, column: String(issue.path[0] ?? '*'), message: issue.message });
    }
    return null;
  });
  // Party codes are looked up only once they are known to be text the database can compare.
  const codes = [...new Set(valid.flatMap((r) => splitCodes(r?.proposers)))];
  const known = codes.length ? await db.select({ id: parties.id, code: parties.code }).from(parties).where(inArray(parties.code, codes)) : [];
  const partyId = new Map(known.map((p) => [p.code, p.id]));
  valid.forEach((r, i) => {
    const unknown = splitCodes(r?.proposers).filter((c) => !partyId.has(c));
    if (unknown.length) problems.push({ row: i + 2, column: 'proposers', message: `unknown party ${unknown.join(', ')}` });
  });
  problems.sort((a, b) => a.row - b.row);
  if (problems.length) return { ok: false, problems };

  const ids = await db.transaction(async (tx) => {
    const out: number[] = [];
    for (const r of valid) {
      if (!r) continue;
      out.push(
        await createDocumentIn(tx, actor, {
          titleEn: r.title_en,
          titleVi: r.title_vi,
          type: r.type,
          pillar: r.pillar,
          intendedAction: r.intended_action,
          confidentiality: r.confidentiality ?? 'members',
          leadBodyEn: r.lead_body_en,
          leadBodyVi: r.lead_body_vi,
          actingMeetingId: meetingId,
          proposerPartyIds: splitCodes(r.proposers).map((c) => partyId.get(c)!),
          relatedDocumentIds: [],
          relatedDeliverableIds: [],
        }),
      );
    }
    return out;
  });
  return { ok: true, ids };
}

function splitCodes(s: string | undefined): string[] {
  return (s ?? '')
    .split(/[;,\s]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}
