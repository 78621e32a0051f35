// Text fields as the schemas read them, after the edge has normalised every string (NFC, line
// breaks as "\n", no other control characters: http/inputText.ts). A single-line field (a title,
// a name, a room) turns pasted line breaks and tabs into one space rather than refusing them, as a
// text box would; a multi-line field (a description) keeps them.
//
// Lengths keep every stored string far within Azure Tables' limits (a String property holds at
// most 64 KiB, i.e. 32K UTF-16 code units; an entity at most 1 MiB; see "Understanding the Table
// service data model" on Microsoft Learn): the longest single field is 8,000 characters. zod
// counts a string's length in code points, so that is at most 16,000 UTF-16 code units.
import * as z from "zod";
import { queryTokens } from "./normalize.js";

/** One line of at most `max` characters, trimmed; line breaks and tabs become a space. */
export const singleLine = (max: number) =>
  z
    .string()
    .overwrite((text) => text.replace(/[\t\n]+/g, " "))
    .trim()
    .max(max);

/** Several lines of at most `max` characters, trimmed at both ends; newlines and tabs kept. */
export const multiLine = (max: number) => z.string().trim().max(max);

/** Words a search may have: each is matched against every member or course, so more cost more. */
export const MAX_SEARCH_WORDS = 12;

/** Free search text: at most 200 characters and MAX_SEARCH_WORDS words. */
export const searchText = z
  .string()
  .max(200)
  .refine((text) => queryTokens(text).length <= MAX_SEARCH_WORDS, {
    message: `at most ${MAX_SEARCH_WORDS} words`,
    params: { sv: `högst ${MAX_SEARCH_WORDS} ord`, en: `at most ${MAX_SEARCH_WORDS} words` },
  });
