// Personal calendar feeds: each person has at most one secret address that a calendar (Outlook)
// subscribes to without signing in. The secret is never stored, only its SHA-256 (a 256-bit
// random secret needs no slow hash: there is nothing to guess from). One table, two kinds of row:
//   PartitionKey "person", RowKey personKey(id)   the person's current feed: its hash, language, date
//   PartitionKey "secret", RowKey <hash>           points from a secret to its person
// The person's row is the truth: a secret resolves only while that row still names its hash, so a
// secret row left behind by a crash between writes (or lost by a concurrent renewal) opens nothing.
import type { TableClient } from "@azure/data-tables";
import { createHash, randomBytes } from "node:crypto";
import type { Lang } from "../http/language.js";
import { isNotFound, withOptimisticRetry } from "./optimisticRetry.js";
import { personKey } from "./registrationStore.js";
import type { Tables } from "./tables.js";

/** 32 random bytes, base64url: 43 characters. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

interface PersonRow {
  hash: string;
  lang: Lang;
  createdAt: string;
}

export interface FeedOwner {
  personId: string;
  lang: Lang;
}

const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A row deleted since it was read changed as much as one updated: read again (a 412 to the retry). */
function goneMeansChanged(error: unknown): never {
  throw isNotFound(error) ? Object.assign(new Error("changed meanwhile"), { statusCode: 412 }) : error;
}

export class CalendarFeedStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("calendarFeeds");
  }

  /** The person's feed, if she has one: when it was made (the secret cannot be shown again). */
  async current(personId: string): Promise<{ createdAt: string } | undefined> {
    const row = await this.personRow(await this.table(), personId);
    return row && { createdAt: row.createdAt };
  }

  /**
   * A new secret for the person; the one she had before stops working. The person's row changes
   * only if it is as read (ETag), so of two renewals at once the later one also removes the
   * earlier one's secret, and nothing is left behind.
   */
  async renew(personId: string, lang: Lang, nowMs: number): Promise<{ secret: string; createdAt: string }> {
    const table = await this.table();
    const secret = randomBytes(32).toString("base64url");
    const hash = hashOf(secret);
    const createdAt = new Date(nowMs).toISOString();
    await table.createEntity({ partitionKey: "secret", rowKey: hash, personId });
    try {
      const previous = await withOptimisticRetry(async () => {
        const current = await this.personRow(table, personId);
        const row = { partitionKey: "person", rowKey: personKey(personId), hash, lang, createdAt };
        if (!current) await table.createEntity<PersonRow>(row);
        else await table.updateEntity<PersonRow>(row, "Replace", { etag: current.etag }).catch(goneMeansChanged);
        return current;
      });
      if (previous) await this.deleteSecret(table, previous.hash);
    } catch (error) {
      await this.deleteSecret(table, hash);
      throw error;
    }
    return { secret, createdAt };
  }

  /** Ends the person's feed; true if she had one. */
  async revoke(personId: string): Promise<boolean> {
    const table = await this.table();
    const ended = await withOptimisticRetry(async () => {
      const current = await this.personRow(table, personId);
      if (!current) return undefined;
      await table.deleteEntity("person", personKey(personId), { etag: current.etag }).catch(goneMeansChanged);
      return current;
    });
    if (ended) await this.deleteSecret(table, ended.hash);
    return ended !== undefined;
  }

  /** Whose feed a secret opens, if it still opens one. */
  async owner(secret: string): Promise<FeedOwner | undefined> {
    if (!SECRET.test(secret)) return undefined;
    const table = await this.table();
    const hash = hashOf(secret);
    let personId: string;
    try {
      personId = (await table.getEntity<{ personId: string }>("secret", hash)).personId;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    const row = await this.personRow(table, personId);
    return row?.hash === hash ? { personId, lang: row.lang } : undefined;
  }

  private async personRow(table: TableClient, personId: string): Promise<(PersonRow & { etag: string }) | undefined> {
    try {
      const { hash, lang, createdAt, etag } = await table.getEntity<PersonRow>("person", personKey(personId));
      return { hash, lang: lang === "en" ? "en" : "sv", createdAt, etag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private async deleteSecret(table: TableClient, hash: string): Promise<void> {
    try {
      await table.deleteEntity("secret", hash);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
