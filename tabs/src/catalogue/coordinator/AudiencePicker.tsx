// Who a course's announcement reaches, chosen before publishing or cancelling (issue 11.2): the
// chat subscribers (default), every contact of chosen members, of members in chosen sub-regions
// or education areas, or one channel. Each choice is saved for the course and counted by the
// API the way the announcement will be sent: "Når N personer" stands before the confirm button.
import { useEffect, useMemo, useState } from "react";
import { EDUCATION_AREAS, SUB_REGIONS, type Audience, type AudienceKind, type AudienceReach } from "@campus-westum/api/contract";
import { Checkbox, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner } from "@fluentui/react-components";
import { createAudienceClient } from "../../api/audienceClient";
import { useIdentity } from "../../identity/IdentityProvider";
import { useLocale } from "../../i18n";
import { useMemberNames } from "../memberNames";

interface Props {
  courseId: string;
  event: "publish" | "change" | "cancel";
  /** False while the choice is incomplete (nothing chosen) or not yet saved: the confirm button waits. */
  onReady: (ready: boolean) => void;
}

const KINDS: AudienceKind[] = ["subscribers", "members", "subRegions", "areas", "channel"];

export function AudiencePicker({ courseId, event, onReady }: Props) {
  const { locale, t } = useLocale();
  const { getToken } = useIdentity();
  const client = useMemo(() => createAudienceClient(getToken, locale), [getToken, locale]);
  const members = useMemberNames();
  const [audience, setAudience] = useState<Audience | null>(null);
  const [channels, setChannels] = useState<{ conversationId: string; teamId?: string }[]>([]);
  const [reach, setReach] = useState<AudienceReach | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    client.courseAudience(courseId, abort.signal).then((saved) => setAudience(saved.audience), (e: Error) => !abort.signal.aborted && setError(e.message));
    client.channels(abort.signal).then(setChannels, () => setChannels([]));
    return () => abort.abort();
  }, [client, courseId]);

  const complete = audience !== null && chosenCount(audience) > 0;
  useEffect(() => {
    setReach(null);
    onReady(false);
    if (!audience || !complete) return;
    const abort = new AbortController();
    client
      .setCourseAudience(courseId, audience)
      .then(() => client.reach({ audience, courseId, event }, abort.signal))
      .then(
        (counted) => {
          setError(null);
          setReach(counted);
          onReady(true);
        },
        (e: Error) => !abort.signal.aborted && setError(e.message),
      );
    return () => abort.abort();
  }, [client, courseId, event, audience, complete, onReady]);

  if (!audience) return error ? <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar> : <Spinner size="tiny" label={t("audience.loading")} />;

  const toggle = <T extends string>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return (
    <div>
      <Field label={t("audience.label")}>
        <RadioGroup value={audience.kind} onChange={(_, data) => setAudience(emptyOf(data.value as AudienceKind))}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`audience.kind.${kind}`)} />
          ))}
        </RadioGroup>
      </Field>
      {audience.kind === "members" && (
        <fieldset>
          <legend>{t("audience.chooseMembers")}</legend>
          {(members ?? []).map((m) => (
            <Checkbox key={m.id} label={m.name} checked={audience.memberIds.includes(m.id)} onChange={() => setAudience({ kind: "members", memberIds: toggle(audience.memberIds, m.id) })} />
          ))}
        </fieldset>
      )}
      {audience.kind === "subRegions" && (
        <fieldset>
          <legend>{t("audience.chooseSubRegions")}</legend>
          {SUB_REGIONS.map((r) => (
            <Checkbox key={r.id} label={r[locale]} checked={audience.subRegions.includes(r.id)} onChange={() => setAudience({ kind: "subRegions", subRegions: toggle(audience.subRegions, r.id) })} />
          ))}
        </fieldset>
      )}
      {audience.kind === "areas" && (
        <fieldset>
          <legend>{t("audience.chooseAreas")}</legend>
          {EDUCATION_AREAS.map((a) => (
            <Checkbox key={a.id} label={a[locale]} checked={audience.areas.includes(a.id)} onChange={() => setAudience({ kind: "areas", areas: toggle(audience.areas, a.id) })} />
          ))}
        </fieldset>
      )}
      {audience.kind === "channel" && (
        <Field label={t("audience.chooseChannel")} hint={channels.length === 0 ? t("audience.noChannels") : undefined}>
          <Select value={audience.conversationId} onChange={(_, data) => setAudience({ kind: "channel", conversationId: data.value })}>
            <option value="">{t("audience.pickChannel")}</option>
            {channels.map((c, i) => (
              <option key={c.conversationId} value={c.conversationId}>
                {t("audience.channelName", { n: i + 1, team: c.teamId ?? "–" })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <p role="status" aria-live="polite">
        {!complete ? t("audience.chooseSomething") : reach ? reachText(reach, t) : t("audience.counting")}
      </p>
      {reach && reach.toInstall > 0 && !reach.installConfigured && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("audience.installOff", { count: reach.toInstall })}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function reachText(reach: AudienceReach, t: ReturnType<typeof useLocale>["t"]): string {
  const parts = [t("audience.reach", { count: reach.people })];
  if (reach.channels > 0) parts.push(t("audience.reachChannels", { count: reach.channels }));
  if (reach.toInstall > 0 && reach.installConfigured) parts.push(t("audience.reachInstall", { count: reach.toInstall }));
  if (reach.withoutAddress > 0) parts.push(t("audience.withoutAddress", { count: reach.withoutAddress }));
  return parts.join(" ");
}

function emptyOf(kind: AudienceKind): Audience {
  switch (kind) {
    case "subscribers":
      return { kind };
    case "members":
      return { kind, memberIds: [] };
    case "subRegions":
      return { kind, subRegions: [] };
    case "areas":
      return { kind, areas: [] };
    case "channel":
      return { kind, conversationId: "" };
  }
}

function chosenCount(audience: Audience): number {
  switch (audience.kind) {
    case "subscribers":
      return 1;
    case "members":
      return audience.memberIds.length;
    case "subRegions":
      return audience.subRegions.length;
    case "areas":
      return audience.areas.length;
    case "channel":
      return audience.conversationId ? 1 : 0;
  }
}
