// The seat ledger as a table entity. Its JSON is split over several string properties because
// one property holds at most 32K characters (64 KiB of UTF-16); an entity holds 1 MiB, so a
// course can have tens of thousands of active registrations.
import * as z from "zod";
import type { SeatLedger } from "../domain/catalogue/seatRules.js";

const ids = z.array(z.string());
const ledgerSchema = z.object({ arrivals: z.number().int().min(0), pools: z.record(z.string(), z.object({ registered: ids, waitlist: ids })) });

export const LEDGER_ROW = "ledger";
const CHUNK = 30_000;
const MAX_CHUNKS = 30;

export type LedgerProperties = Record<string, string | number>;

export function ledgerToProperties(ledger: SeatLedger): LedgerProperties {
  const json = JSON.stringify(ledger);
  const count = Math.ceil(json.length / CHUNK);
  if (count > MAX_CHUNKS) throw new Error("seat ledger too large for one entity");
  const properties: LedgerProperties = { chunks: count };
  for (let i = 0; i < count; i++) properties[`state${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  return properties;
}

export function ledgerFromProperties(properties: Record<string, unknown>): SeatLedger {
  const count = Number(properties.chunks ?? 0);
  let json = "";
  for (let i = 0; i < count; i++) json += String(properties[`state${i}`] ?? "");
  return ledgerSchema.parse(JSON.parse(json));
}
