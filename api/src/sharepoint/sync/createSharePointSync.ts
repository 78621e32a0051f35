// Wires the SharePoint sync from the configuration: the Graph connection to the site, the sync
// state in Azure Tables, and the member store it projects into.
import type { SharePointConfig } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { MemberStore } from "../../store/memberStore.js";
import type { Tables } from "../../store/tables.js";
import type { RetryOptions } from "../behaviors/retry.js";
import { connectSharePoint } from "../connect.js";
import { SharePointSync } from "./sharePointSync.js";
import { SyncState } from "./syncState.js";

export function createSharePointSync(
  config: SharePointConfig,
  deps: { appVersion: string; tables: Tables; members: MemberStore; log: Logger; retry?: Partial<RetryOptions> },
): SharePointSync {
  return new SharePointSync({
    site: connectSharePoint(config, deps.appVersion, deps.retry),
    state: new SyncState(deps.tables),
    members: deps.members,
    log: deps.log,
    intervalMinutes: config.syncIntervalMinutes,
  });
}
