// Who a course's announcements (its publication, changes, cancellation) and a fika series'
// invitations and reminders reach, as a coordinator chooses it, and how many people that is
// before anything is sent (issue 11.2). A fika series' choice travels with the series (fika.ts).
//
//   subscribers   the chats subscribed to the course's topics, or to "fika" (the default)
//   members       every contact of the chosen members (directory), in her personal chat
//   subRegions    every contact of the members in the chosen sub-regions
//   areas         every contact of the members offering the chosen education areas
//   channel       one channel the bot is in (a team's channel that subscribed or installed it)
// A change or cancellation also reaches everyone registered or waitlisted, whatever the choice.
// Contacts without a chat with the bot get the app installed first when the tenant allows it
// (decision 0016); those it cannot be installed for show as unreachable in the delivery report.
//
// Routes (coordinators only; others 403; errors problem+json):
//   GET  /api/courses/{id}/audience   200 CourseAudience (subscribers when none was chosen); 404
//   PUT  /api/courses/{id}/audience   200 CourseAudience (body Audience); 400 invalid-input; 404
//   POST /api/audience/reach          200 AudienceReach (body AudienceReachRequest); 400; 404 course
//   GET  /api/audience/channels       200 AudienceChannel[]: the channels the bot can post in, named
import type { EducationAreaId, SubRegionId } from "./directory.js";

export type Audience =
  | { kind: "subscribers" }
  | { kind: "members"; memberIds: string[] }
  | { kind: "subRegions"; subRegions: SubRegionId[] }
  | { kind: "areas"; areas: EducationAreaId[] }
  | { kind: "channel"; conversationId: string };

export type AudienceKind = Audience["kind"];

/** At most this many members, sub-regions or areas in one choice. */
export const MAX_AUDIENCE_CHOICES = 100;

export interface CourseAudience {
  courseId: string;
  audience: Audience;
}

export type AudienceReachRequest =
  | {
      audience: Audience;
      /** The course whose topics (subscribers) and registered people count. */
      courseId: string;
      /** What is about to be announced: a change or cancellation also reaches the registered. */
      event: "publish" | "change" | "cancel";
    }
  | {
      audience: Audience;
      /** A fika series' invitations and reminders: subscribers are those of the "fika" topic. */
      event: "fika";
    };

export interface AudienceReach {
  /** People reached: distinct personal chats and contacts, plus the registered for a change or cancellation. */
  people: number;
  /** Channels and group chats reached (their members are not counted). */
  channels: number;
  /** Of `people`, those without a chat with the bot: the app is installed for them first. */
  toInstall: number;
  /** Contacts left out because the directory has no e-mail address for them. */
  withoutAddress: number;
  /** False when people need the app installed but proactive installation is not configured: they will not be reached. */
  installConfigured: boolean;
}

export interface AudienceChannel {
  conversationId: string;
  teamId?: string;
  /** The team's and the channel's names as Teams last sent them (absent until it has; a team's first channel has no name of its own). */
  teamName?: string;
  channelName?: string;
  kind: "channel" | "groupChat";
}
