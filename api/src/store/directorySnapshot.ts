// The search index that requests read: built from the store, then served from memory.
// Every few seconds (DIRECTORY_REFRESH_SECONDS) one small read of the version marker tells
// whether another instance or a sync changed the directory; if so the index is rebuilt in the
// background while requests keep getting the previous one. Nothing here breaks when a second
// API instance starts: the store stays the truth, this is a cache with bounded staleness.
import { MemberIndex } from "../domain/memberSearch.js";
import type { Logger } from "../logger.js";
import type { MemberStore } from "./memberStore.js";

export class DirectorySnapshot {
  private index: MemberIndex | undefined;
  private version: string | undefined;
  private checkedAt = 0;
  private refreshing: Promise<MemberIndex> | undefined;

  constructor(
    private readonly store: MemberStore,
    private readonly refreshMs: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current index; only the very first call waits for the store. */
  async current(): Promise<MemberIndex> {
    if (!this.index) return this.refresh();
    if (this.now() - this.checkedAt >= this.refreshMs) {
      this.refresh().catch((error) => this.log.warn("directory refresh failed; serving the previous snapshot", { error: String(error) }));
    }
    return this.index;
  }

  /** Checks the version marker and reloads when it changed. Concurrent callers share one refresh. */
  refresh(): Promise<MemberIndex> {
    this.refreshing ??= this.load().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async load(): Promise<MemberIndex> {
    const version = await this.store.version();
    this.checkedAt = this.now();
    if (this.index && version === this.version) return this.index;
    const { members, rejected } = await this.store.loadAll();
    for (const row of rejected) this.log.warn("member row rejected", { ...row });
    this.index = MemberIndex.build(members);
    this.version = version;
    this.log.info("directory snapshot loaded", { members: members.length, rejected: rejected.length, version });
    return this.index;
  }
}
