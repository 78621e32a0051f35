// The needs inventory client for the signed-in user in the UI's language (see useApi). Only the needs
// view imports it, so the catalogue's first download does not grow.
import { useMemo } from "react";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { createNeedsClient, type NeedsClient } from "./needsClient";

export function useNeedsApi(): NeedsClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => createNeedsClient(getToken, locale), [getToken, locale]);
}
