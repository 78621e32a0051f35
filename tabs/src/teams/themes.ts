// Teams theme names to Fluent UI themes. The light theme is in the first download; dark and high
// contrast are fetched when needed (before the first render when Teams starts in them). Outside
// Teams, ?theme=dark|contrast picks one (handy for checking contrast in a plain browser).
import { teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { TeamsConnection } from "./connectToTeams";

export type TeamsThemeName = "default" | "dark" | "contrast";

const loaded = new Map<TeamsThemeName, Theme>([["default", teamsLightTheme]]);

export function toTeamsThemeName(name: string | null | undefined): TeamsThemeName {
  return name === "dark" || name === "contrast" ? name : "default";
}

export function initialThemeName(connection: TeamsConnection | null): TeamsThemeName {
  if (connection) return toTeamsThemeName(connection.context.app.theme);
  return toTeamsThemeName(new URLSearchParams(window.location.search).get("theme"));
}

export async function loadFluentTheme(name: TeamsThemeName): Promise<Theme> {
  const cached = loaded.get(name);
  if (cached) return cached;
  const { teamsDarkTheme, teamsHighContrastTheme } = await import("./darkThemes");
  loaded.set("dark", teamsDarkTheme);
  loaded.set("contrast", teamsHighContrastTheme);
  return name === "dark" ? teamsDarkTheme : teamsHighContrastTheme;
}

/** The theme if it is loaded already (see loadFluentTheme), else the light one. */
export function fluentThemeFor(name: TeamsThemeName): Theme {
  return loaded.get(name) ?? teamsLightTheme;
}
