// Why Teams single sign-on failed, told so that the user knows what to do next. The reasons are the
// strings Teams puts in authentication.getAuthToken's failure (teams-js rejects with Error(reason)):
// resourceRequiresConsent (the user has not consented to the app's scope yet), resourceDisabled (the
// app's Entra registration and manifest `webApplicationInfo` do not match: Microsoft's tab SSO
// troubleshooting page), CancelledByUser (the consent dialog was closed), and any other text. Every
// case ends in the error's "Try again", which calls getAuthToken again from the user's click, so
// Teams can show its consent dialog.
import { ProblemError } from "../api/ProblemError";
import type { Translate } from "../i18n";
import { loadFeatureMessages } from "../i18n/messages";
import { TeamsTokenTimeout } from "../teams";

export type TeamsSignInFailure = "consent" | "disabled" | "cancelled" | "timeout" | "other";

export function classifyTeamsSignInFailure(error: unknown): TeamsSignInFailure {
  if (error instanceof TeamsTokenTimeout) return "timeout";
  const reason = error instanceof Error ? error.message : String(error);
  if (/resourceRequiresConsent|consent_required|interaction_required|AADSTS65001/i.test(reason)) return "consent";
  if (/resourceDisabled/i.test(reason)) return "disabled";
  if (/CancelledByUser/i.test(reason)) return "cancelled";
  return "other";
}

/** The error to show; its messages are fetched now (they are rarely needed, see i18n/messages.ts). */
export async function teamsSignInFailed(cause: unknown, t: Translate): Promise<ProblemError> {
  const failure = classifyTeamsSignInFailure(cause);
  console.warn("Teams SSO failed", failure, cause);
  await loadFeatureMessages("teamsSignIn");
  return new ProblemError({
    type: "about:blank",
    title: t(`identity.teamsSignIn.${failure}.title`),
    status: 401,
    detail: t(`identity.teamsSignIn.${failure}.detail`),
  });
}
