// Whether a link opens a Teams meeting, checked before a series is saved: everyone clicks it from
// the bot's invitation, so a typo or another service's link would strand every participant. The
// API itself only asks for https. Teams writes meeting links as /l/meetup-join/… (the long form)
// or /meet/<id>?p=<passcode> (the short form), on Microsoft's Teams hosts.
const TEAMS_HOSTS = ["teams.microsoft.com", "teams.cloud.microsoft", "teams.live.com", "teams.microsoft.us", "gov.teams.microsoft.us", "dod.teams.microsoft.us"];
const MEETING_PATH = /^\/(l\/meetup-join|meet)\/[^/]/;

export function isTeamsMeetingLink(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return false;
  }
  return url.protocol === "https:" && url.username === "" && url.password === "" && TEAMS_HOSTS.includes(url.hostname) && MEETING_PATH.test(url.pathname);
}
