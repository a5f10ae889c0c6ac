/**
 * An outcome document's text in structure, per language: the preamble's
 * paragraphs, the numbered operative paragraphs (numbered in order, 1, 2, …,
 * so a number is never typed and never out of step) and annexes, each a title
 * and its paragraphs. Pure: the shape every write is checked against and the
 * Akoma Ntoso export reads.
 */
import { z } from 'zod';
import { text } from '../http/primitives.js';

export const textLanguages = ['vi', 'en'] as const;
export type TextLanguage = (typeof textLanguages)[number];

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and line
 * breaks, U+FFFE/U+FFFF): refused by name, so an export can never fail on them.
 */
// eslint-disable-next-line no-control-regex
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

const paragraph = text(20_000).refine((s) => !NOT_XML.test(s), 'control characters cannot be kept in the text');
const paragraphs = (min: number) => z.array(paragraph).min(min).max(500);

export const structuredText = z.object({
  preamble: paragraphs(0).describe('the preamble\'s paragraphs ("Recognising …"), in order'),
  paragraphs: paragraphs(1).describe('the operative paragraphs, numbered 1, 2, … in this order'),
  annexes: z
    .array(z.object({ title: text(500).refine((s) => !NOT_XML.test(s), 'control characters cannot be kept in the text'), paragraphs: paragraphs(1) }))
    .max(20)
    .default([]),
});
export type StructuredText = z.infer<typeof structuredText>;

export const languageParam = z.enum(textLanguages);

export const storedText = z.object({
  language: languageParam,
  text: structuredText,
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type StoredText = z.infer<typeof storedText>;

export const documentTexts = z.object({
  texts: z.array(storedText),
  /** Whether the asker may change the texts (the same people who may edit the document now). */
  editable: z.boolean(),
});

/** The operative paragraph's number as printed. */
export const paragraphNumber = (index: number) => `${index + 1}.`;
