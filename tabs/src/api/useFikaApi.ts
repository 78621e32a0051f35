// The fika client for the signed-in user in the UI's language (see useApi). Only the fika view
// imports it, so the catalogue's first download does not grow.
import { useMemo } from "react";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { createFikaClient, type FikaClient } from "./fikaClient";

export function useFikaApi(): FikaClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => createFikaClient(getToken, locale), [getToken, locale]);
}
