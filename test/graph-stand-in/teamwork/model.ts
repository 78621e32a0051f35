// The tenant as the Teams part of the Graph stand-in sees it: users (unknown ones answer 404),
// whether each has a Teams licence and whether an app permission policy blocks the app for
// her, the one app of the tenant's catalogue, and the installations in users' personal scopes,
// each with its chat between the user and the bot.
import { randomUUID } from "node:crypto";

export interface StandInUser {
  id: string;
  userPrincipalName: string;
  /** False: Graph answers the install 403 (no licence information). */
  licensed: boolean;
  /** True: an app permission policy blocks the app for her (403). */
  blockedByPolicy: boolean;
}

export interface StandInInstallation {
  id: string;
  userId: string;
  chatId: string;
  installedAt: number;
}

export class TeamworkModel {
  readonly users = new Map<string, StandInUser>();
  readonly installations = new Map<string, StandInInstallation>();
  /** POSTs that installed (201), per user: more than one would be a second install. */
  readonly installsPerUser = new Map<string, number>();
  /** The chat a user's installation opens, where a test needs a given one (the Agents Playground's). */
  readonly chatIds = new Map<string, string>();

  constructor(
    /** The app's id in the tenant catalogue (Graph's teamsApp id). */
    readonly catalogAppId: string,
    /** The manifest's id (teamsApp.externalId). */
    readonly externalId: string,
    readonly botId: string,
  ) {}

  addUser(user: Partial<StandInUser> & { id: string }): StandInUser {
    const full: StandInUser = { userPrincipalName: `${user.id}@westum.example`, licensed: true, blockedByPolicy: false, ...user, id: user.id.toLowerCase() };
    this.users.set(full.id, full);
    return full;
  }

  user(idOrUpn: string): StandInUser | undefined {
    const key = idOrUpn.toLowerCase();
    return this.users.get(key) ?? [...this.users.values()].find((u) => u.userPrincipalName.toLowerCase() === key);
  }

  installationOf(userId: string): StandInInstallation | undefined {
    return this.installations.get(userId);
  }

  /** Installs the app for the user (as an admin's setup policy or her own click would, too). */
  install(userId: string, now = Date.now()): StandInInstallation {
    const chatId = this.chatIds.get(userId) ?? `19:${userId}_${this.botId}@unq.gbl.spaces`;
    const installation: StandInInstallation = { id: randomUUID(), userId, chatId, installedAt: now };
    this.installations.set(userId, installation);
    return installation;
  }
}
