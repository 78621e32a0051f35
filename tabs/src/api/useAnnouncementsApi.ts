// The announcements client for the signed-in user in the UI's language (see useApi). Only the
// "Utskick" view imports it, so the catalogue's first download does not grow.
import { useMemo } from "react";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { createAnnouncementsClient, type AnnouncementsClient } from "./announcementsClient";

export function useAnnouncementsApi(): AnnouncementsClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => createAnnouncementsClient(getToken, locale), [getToken, locale]);
}
