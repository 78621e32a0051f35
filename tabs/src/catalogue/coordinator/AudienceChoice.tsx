// Who an announcement reaches (issue 11.2), as a controlled field: the chat subscribers (default),
// every contact of chosen members, of members in chosen sub-regions or education areas, or one
// channel, named by its team and its own name. Each complete choice is counted by `count` (the
// API counts it the way it will send): "Når N personer" stands in a live region before the
// confirm or save button; a course's confirm button waits (onReady) until the count, which also
// saves the choice, is in. Used for a course (AudiencePicker) and a fika series (FikaSeriesForm).
import { useEffect, useMemo, useState } from "react";
import { EDUCATION_AREAS, SUB_REGIONS, type Audience, type AudienceChannel, type AudienceKind, type AudienceReach } from "@campus-westum/api/contract";
import { Checkbox, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { createAudienceClient } from "../../api/audienceClient";
import { useIdentity } from "../../identity/IdentityProvider";
import { useLocale, type Translate } from "../../i18n";
import { useMemberNames } from "../memberNames";

interface Props {
  label: string;
  audience: Audience;
  onChange: (audience: Audience) => void;
  /** Counts (and, for a course, saves) a complete choice. */
  count: (audience: Audience, signal: AbortSignal) => Promise<AudienceReach>;
  /** False while the choice is incomplete or not yet counted. */
  onReady?: (ready: boolean) => void;
}

const KINDS: AudienceKind[] = ["subscribers", "members", "subRegions", "areas", "channel"];

export function AudienceChoice({ label, audience, onChange, count, onReady }: Props) {
  const { locale, t } = useLocale();
  const { getToken } = useIdentity();
  const client = useMemo(() => createAudienceClient(getToken, locale), [getToken, locale]);
  const members = useMemberNames();
  const [channels, setChannels] = useState<AudienceChannel[]>([]);
  const [reach, setReach] = useState<AudienceReach | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    client.channels(abort.signal).then(setChannels, () => setChannels([]));
    return () => abort.abort();
  }, [client]);

  const complete = isCompleteAudience(audience);
  useEffect(() => {
    setReach(null);
    onReady?.(false);
    if (!complete) return;
    const abort = new AbortController();
    count(audience, abort.signal).then(
      (counted) => {
        setError(null);
        setReach(counted);
        onReady?.(true);
      },
      (e: Error) => !abort.signal.aborted && setError(e.message),
    );
    return () => abort.abort();
  }, [count, audience, complete, onReady]);

  const toggle = <T extends string>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return (
    <div>
      <Field label={label}>
        <RadioGroup value={audience.kind} onChange={(_, data) => onChange(emptyOf(data.value as AudienceKind))}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`audience.kind.${kind}`)} />
          ))}
        </RadioGroup>
      </Field>
      {audience.kind === "members" && (
        <fieldset>
          <legend>{t("audience.chooseMembers")}</legend>
          {(members ?? []).map((m) => (
            <Checkbox key={m.id} label={m.name} checked={audience.memberIds.includes(m.id)} onChange={() => onChange({ kind: "members", memberIds: toggle(audience.memberIds, m.id) })} />
          ))}
        </fieldset>
      )}
      {audience.kind === "subRegions" && (
        <fieldset>
          <legend>{t("audience.chooseSubRegions")}</legend>
          {SUB_REGIONS.map((r) => (
            <Checkbox key={r.id} label={r[locale]} checked={audience.subRegions.includes(r.id)} onChange={() => onChange({ kind: "subRegions", subRegions: toggle(audience.subRegions, r.id) })} />
          ))}
        </fieldset>
      )}
      {audience.kind === "areas" && (
        <fieldset>
          <legend>{t("audience.chooseAreas")}</legend>
          {EDUCATION_AREAS.map((a) => (
            <Checkbox key={a.id} label={a[locale]} checked={audience.areas.includes(a.id)} onChange={() => onChange({ kind: "areas", areas: toggle(audience.areas, a.id) })} />
          ))}
        </fieldset>
      )}
      {audience.kind === "channel" && (
        <Field label={t("audience.chooseChannel")} hint={channels.length === 0 ? t("audience.noChannels") : undefined}>
          <Select value={audience.conversationId} onChange={(_, data) => onChange({ kind: "channel", conversationId: data.value })}>
            <option value="">{t("audience.pickChannel")}</option>
            {channels.map((c, i) => (
              <option key={c.conversationId} value={c.conversationId}>
                {channelLabel(c, i + 1, t)}
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

/** "Team: channel"; a team's General channel (its id the team's) has no name of its own in Teams. */
function channelLabel(channel: AudienceChannel, n: number, t: Translate): string {
  if (!channel.teamName) return t("audience.unnamedChannel", { n });
  const general = channel.conversationId === channel.teamId;
  return t("audience.channelName", { team: channel.teamName, channel: channel.channelName ?? (general ? t("audience.generalChannel") : t("audience.unknownChannel")) });
}

function reachText(reach: AudienceReach, t: Translate): string {
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

/** Whether a choice names somebody: a member, sub-region, area or channel when its kind needs one. */
export const isCompleteAudience = (audience: Audience) => chosenCount(audience) > 0;

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
