// The composition root: builds the adapters the handlers use from a validated Config.
// Handlers receive Services and never read configuration or construct clients themselves.
import { entraTokenValidator } from "./auth/entraIdentity.js";
import { createLocalIdentity, type LocalIdentity } from "./auth/localIdentity.js";
import type { TokenValidator } from "./auth/tokenValidator.js";
import type { Config } from "./config.js";
import { jsonLogger, type Logger } from "./logger.js";
import { DirectorySnapshot } from "./store/directorySnapshot.js";
import { MemberStore } from "./store/memberStore.js";
import { Tables } from "./store/tables.js";

export interface Services {
  config: Config;
  log: Logger;
  tables: Tables;
  members: MemberStore;
  directory: DirectorySnapshot;
  validateToken: TokenValidator;
  /** Present in local mode only: issues tokens for the sample users. */
  localIdentity?: LocalIdentity;
}

export async function createServices(config: Config, log: Logger = jsonLogger()): Promise<Services> {
  const tables = new Tables(config.storageConnectionString, config.tablePrefix);
  const members = new MemberStore(tables);
  const directory = new DirectorySnapshot(members, config.directoryRefreshSeconds * 1000, log);
  if (config.identity.kind === "entra") {
    return { config, log, tables, members, directory, validateToken: entraTokenValidator(config.identity) };
  }
  const localIdentity = await createLocalIdentity();
  return { config, log, tables, members, directory, validateToken: localIdentity.validator, localIdentity };
}
