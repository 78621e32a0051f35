// The delivery worker's Installer: the chat of a person who had none with the bot. A chat this
// installer already found is used again; otherwise the app is installed for her through Graph
// (201, or 409 when it already was), her chat is read back, and it is stored twice before the
// worker sends: as her conversation record (so later announcements find her like anyone who
// opened the bot; Teams' own conversationUpdate refreshes its service URL when it arrives) and
// as her installation. A crash before that ends in the same steps again: the install answers
// 409 and nothing is installed twice. An install whose chat could not be read yet is noted, so
// that the retry only reads the chat (Graph's POST budget is the scarcer one).
import type { ConversationRecord, Installer, InstallOutcome } from "@campus-westum/bot";
import type { TablesConversationStore } from "../conversationStore.js";
import type { GraphInstallations } from "./graphInstallations.js";
import type { InstallationStore } from "./installationStore.js";
import type { GraphMeter } from "../../sharepoint/behaviors/meter.js";
import type { TeamsGraphLimiter } from "./teamsGraphLimiter.js";

export class UserInstaller implements Installer {
  constructor(
    private readonly graph: GraphInstallations,
    private readonly installations: InstallationStore,
    private readonly conversations: TablesConversationStore,
    private readonly serviceUrl: string,
    private readonly now: () => number = Date.now,
    private readonly limiter?: TeamsGraphLimiter,
    private readonly meter?: GraphMeter,
  ) {}

  /** Graph requests made and the time they waited for the limiter (for the benchmark and logs). */
  get stats(): { graphRequests: number; limiterWaitMs: number } {
    return { graphRequests: this.meter?.requests ?? 0, limiterWaitMs: Math.round(this.limiter?.waitedMs ?? 0) };
  }

  /** Whether this installer already found her chat (by object id or user principal name). */
  async knows(userId: string): Promise<boolean> {
    return Boolean((await this.installations.get(userId))?.conversationId);
  }

  async conversationFor(userId: string): Promise<InstallOutcome> {
    const known = await this.installations.get(userId);
    if (known?.conversationId) return this.readyFor(known.conversationId, false);
    // Installed by an earlier try whose chat could not be read: read it, without installing again.
    const installed = known ? { kind: "installed" as const, installed: false } : await this.graph.install(userId);
    if (installed.kind !== "installed") return installed;
    const at = new Date(this.now()).toISOString();
    const chat = await this.graph.chatOf(userId);
    if (chat.kind !== "chat") {
      if (!known) await this.installations.save(userId, { conversationId: "", installedAt: at });
      return chat;
    }
    if (!(await this.conversations.get(chat.chatId))) {
      const record: ConversationRecord = { conversationId: chat.chatId, serviceUrl: this.serviceUrl, kind: "personal", userId, lang: "sv", topics: [], active: true, updatedAt: at };
      await this.conversations.save(record);
    }
    await this.installations.save(userId, { conversationId: chat.chatId, installedAt: at });
    return this.readyFor(chat.chatId, installed.installed);
  }

  /** The chat as its record says now: Teams' own service URL once it wrote to the bot; nothing for one who blocked or removed the bot since. */
  private async readyFor(conversationId: string, installed: boolean): Promise<InstallOutcome> {
    const record = await this.conversations.get(conversationId);
    if (record && !record.active) return { kind: "unreachable", error: `blocked or removed the bot (${record.inactiveReason ?? "inactive"})` };
    return { kind: "ready", conversationId, serviceUrl: record?.serviceUrl ?? this.serviceUrl, installed };
  }
}
