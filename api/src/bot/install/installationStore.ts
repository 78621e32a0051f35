// The chats opened by proactive installation (table "botInstallations", PartitionKey "user",
// RowKey the person's object id): written once her chat is known, so that a retry of her
// delivery, or the next announcement, goes straight to the chat instead of calling Graph again.
import type { TableClient } from "@azure/data-tables";
import type { Tables } from "../../store/tables.js";
import { isMissing } from "../tableErrors.js";

const PARTITION = "user";

export interface Installation {
  /** Empty while the chat is not known yet (installed, chat not read). */
  conversationId: string;
  installedAt: string;
}

export class InstallationStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("botInstallations");
  }

  async get(userId: string): Promise<Installation | undefined> {
    try {
      const row = await (await this.table()).getEntity<Installation>(PARTITION, userId.toLowerCase());
      return { conversationId: row.conversationId, installedAt: row.installedAt };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async save(userId: string, installation: Installation): Promise<void> {
    await (await this.table()).upsertEntity({ partitionKey: PARTITION, rowKey: userId.toLowerCase(), ...installation }, "Replace");
  }
}
