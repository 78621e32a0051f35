// A wrong or missing setting: the host prints its message (which names the settings) and stops.
export class ConfigError extends Error {
  override name = "ConfigError";
}
