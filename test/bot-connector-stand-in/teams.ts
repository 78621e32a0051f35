// The Bot Connector's team endpoints, as Teams serves them to a bot installed in the team
// (learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context):
//   GET /v3/teams/{teamId}                200 { id, name, aadGroupId }
//   GET /v3/teams/{teamId}/conversations  200 { conversations: [{ id, name }] }, the General
//                                         channel first, its id the team's and its name null
// A team the bot is not installed in gets 404: the stand-in knows only the teams it was given.
// Tests change a team's or a channel's name in place, as a rename in Teams would.

export interface StandInTeam {
  id: string;
  name: string;
  aadGroupId: string;
  /** The team's other channels; the General channel (id = the team's id) is added by the stand-in. */
  channels: { id: string; name: string }[];
}

export function teamAnswer(method: string, pathname: string, teams: readonly StandInTeam[]): { status: number; body: unknown } | undefined {
  const match = method === "GET" ? /^\/v3\/teams\/([^/]+)(\/conversations)?\/?$/.exec(pathname) : null;
  if (!match) return undefined;
  const team = teams.find((t) => t.id === decodeURIComponent(match[1]!));
  if (!team) return { status: 404, body: { error: { code: "NotFound", message: "The bot is not part of this team." } } };
  if (!match[2]) return { status: 200, body: { id: team.id, name: team.name, aadGroupId: team.aadGroupId } };
  return { status: 200, body: { conversations: [{ id: team.id, name: null }, ...team.channels.map(({ id, name }) => ({ id, name }))] } };
}
