// Who a course's announcement reaches, chosen before publishing, cancelling or saving a change
// (issue 11.2): the course's saved choice is loaded, each complete choice is saved for the course
// and counted by the API the way the announcement will be sent (a change or cancellation also
// reaches the registered and waitlisted). The choice itself is AudienceChoice.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Audience } from "@campus-westum/api/contract";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { createAudienceClient } from "../../api/audienceClient";
import { useIdentity } from "../../identity/IdentityProvider";
import { useLocale } from "../../i18n";
import { AudienceChoice } from "./AudienceChoice";

interface Props {
  courseId: string;
  event: "publish" | "change" | "cancel";
  /** False while the choice is incomplete (nothing chosen) or not yet saved: the confirm button waits. */
  onReady: (ready: boolean) => void;
}

export function AudiencePicker({ courseId, event, onReady }: Props) {
  const { locale, t } = useLocale();
  const { getToken } = useIdentity();
  const client = useMemo(() => createAudienceClient(getToken, locale), [getToken, locale]);
  const [audience, setAudience] = useState<Audience | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    client.courseAudience(courseId, abort.signal).then((saved) => setAudience(saved.audience), (e: Error) => !abort.signal.aborted && setError(e.message));
    return () => abort.abort();
  }, [client, courseId]);

  const saveAndCount = useCallback(
    (chosen: Audience, signal: AbortSignal) => client.setCourseAudience(courseId, chosen).then(() => client.reach({ audience: chosen, courseId, event }, signal)),
    [client, courseId, event],
  );

  if (!audience) return error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : <Spinner size="tiny" label={t("audience.loading")} />;
  const label = t(event === "change" ? "audience.changeLabel" : "audience.label");
  return <AudienceChoice label={label} audience={audience} onChange={setAudience} count={saveAndCount} onReady={onReady} />;
}
