// The directory's version marker: a row of the meta table that changes on every write, so that
// API instances know when to reload their snapshot. Health reads it too, as its storage check,
// which is why it lives apart from the member store and its schemas.
import type { Tables } from "./tables.js";

interface VersionRow {
  version: string;
}

/** The directory's version, or "empty" before anything was written. */
export async function readDirectoryVersion(tables: Tables): Promise<string> {
  const meta = await tables.table("meta");
  try {
    return (await meta.getEntity<VersionRow>("directory", "version")).version;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return "empty";
    throw error;
  }
}

export async function writeDirectoryVersion(tables: Tables, version: string): Promise<void> {
  const meta = await tables.table("meta");
  await meta.upsertEntity<VersionRow & { partitionKey: string; rowKey: string }>({ partitionKey: "directory", rowKey: "version", version }, "Replace");
}
