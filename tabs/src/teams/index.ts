// The teams module: the only door to teams-js.
export { connectToTeams, hasTeamsHost, type TeamsConnection } from "./connectToTeams";
export { TeamsProvider, useTeams, type TeamsContextInfo, type TeamsValue } from "./TeamsProvider";
export { chatDeepLink } from "./chat";
export type { TabConfigHost, TabInstanceConfig } from "./tabConfig";
export { initialThemeName, loadFluentTheme, type TeamsThemeName } from "./themes";
export { TeamsTokenTimeout } from "./tokenTimeout";
