// Which sample user a plain browser signs in as (local mode): ?as=<id> in the URL, else the one
// remembered from the header switch, else the teacher.
import type { LocalUser } from "@campus-westum/api/contract";
import { readSetting } from "../shared/settingsStorage";

export const DEFAULT_LOCAL_USER_ID = "teacher";
export const LOCAL_USER_SETTING = "localUser";

export function wantedLocalUserId(): string {
  return new URLSearchParams(window.location.search).get("as") || readSetting(LOCAL_USER_SETTING) || DEFAULT_LOCAL_USER_ID;
}

export function pickLocalUser(users: LocalUser[], wantedId: string): LocalUser | undefined {
  return users.find((user) => user.id === wantedId) ?? users.find((user) => user.id === DEFAULT_LOCAL_USER_ID) ?? users[0];
}
