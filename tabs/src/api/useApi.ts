// The API client for the signed-in user in the UI's language. A new client when either changes,
// so effects that depend on it fetch again (e.g. after switching the local user).
import { useMemo } from "react";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { createApiClient, type ApiClient } from "./client";

export function useApi(): ApiClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => createApiClient(getToken, locale), [getToken, locale]);
}
