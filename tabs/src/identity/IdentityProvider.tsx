// Who the app calls the API as. Inside Teams: the user, through Teams SSO. In a plain browser
// (local mode): one of the API's sample users, chosen in the header, through the API's local
// sign-in routes. Both give the rest of the app the same getToken().
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { LocalUser } from "@campus-westum/api/contract";
import { issueLocalToken, listLocalUsers } from "../api/client";
import { ProblemError } from "../api/ProblemError";
import { useLocale, type Translate } from "../i18n";
import { writeSetting } from "../shared/settingsStorage";
import { updateParamIfPresent } from "../shared/urlParams";
import { useTeams } from "../teams";
import { jwtExpiresAt } from "./jwtExpiry";
import { LOCAL_USER_SETTING, pickLocalUser, wantedLocalUserId } from "./localUserChoice";
import { teamsSignInFailed } from "./teamsSignInError";
import { cachedTokenSource } from "./tokenCache";

interface IdentityValue {
  mode: "teams" | "local";
  /** A bearer token for the API (cached until shortly before it expires). */
  getToken(): Promise<string>;
  /** Local mode: the sample users (null until loaded, and inside Teams). */
  localUsers: LocalUser[] | null;
  /** Local mode: the sample user signed in as. */
  localUser: LocalUser | null;
  switchLocalUser(id: string): void;
}

const IdentityContext = createContext<IdentityValue | null>(null);

export function IdentityProvider({ children }: { children: ReactNode }) {
  const teams = useTeams();
  const { locale, t } = useLocale();
  // Read at request time: changing language must not throw away cached tokens.
  const latest = useRef({ locale, t });
  latest.current = { locale, t };

  const [wantedId, setWantedId] = useState(wantedLocalUserId);
  const [localUsers, setLocalUsers] = useState<LocalUser[] | null>(null);
  const usersRequest = useRef<Promise<LocalUser[]> | null>(null);

  const loadLocalUsers = useCallback((): Promise<LocalUser[]> => {
    usersRequest.current ??= listLocalUsers(latest.current.locale).then(
      (users) => {
        setLocalUsers(users);
        return users;
      },
      (error: unknown) => {
        usersRequest.current = null; // let a retry ask again
        throw localSignInUnavailable(error, latest.current.t);
      },
    );
    return usersRequest.current;
  }, []);

  useEffect(() => {
    if (!teams.isInTeams) loadLocalUsers().catch(() => undefined); // the header's switcher needs the list
  }, [teams.isInTeams, loadLocalUsers]);

  const getToken = useMemo(() => {
    if (teams.isInTeams) {
      return cachedTokenSource(async () => {
        const token = await teams.getToken().catch(async (error: unknown) => {
          throw await teamsSignInFailed(error, latest.current.t);
        });
        return { token, expiresAt: jwtExpiresAt(token) };
      });
    }
    return cachedTokenSource(async () => {
      const user = pickLocalUser(await loadLocalUsers(), wantedId);
      if (!user) throw localSignInUnavailable(null, latest.current.t);
      const issued = await issueLocalToken(user.id, latest.current.locale);
      return { token: issued.accessToken, expiresAt: Date.parse(issued.expiresOn) };
    });
  }, [teams.isInTeams, teams.getToken, loadLocalUsers, wantedId]);

  const switchLocalUser = useCallback((id: string) => {
    writeSetting(LOCAL_USER_SETTING, id);
    updateParamIfPresent("as", id);
    setWantedId(id);
  }, []);

  const value = useMemo<IdentityValue>(
    () => ({
      mode: teams.isInTeams ? "teams" : "local",
      getToken,
      localUsers,
      localUser: localUsers ? (pickLocalUser(localUsers, wantedId) ?? null) : null,
      switchLocalUser,
    }),
    [teams.isInTeams, getToken, localUsers, wantedId, switchLocalUser],
  );
  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}

export function useIdentity(): IdentityValue {
  const value = useContext(IdentityContext);
  if (!value) throw new Error("useIdentity() needs an <IdentityProvider> above it.");
  return value;
}

/** Local sign-in exists only in local mode; elsewhere the way in is Teams. */
function localSignInUnavailable(cause: unknown, t: Translate): unknown {
  const missing = cause === null || (cause instanceof ProblemError && cause.status === 404);
  if (!missing) return cause; // e.g. the API is down: say that, not "use Teams"
  return new ProblemError({
    type: "about:blank",
    title: t("identity.localUnavailable.title"),
    status: 401,
    detail: t("identity.localUnavailable.detail"),
  });
}
