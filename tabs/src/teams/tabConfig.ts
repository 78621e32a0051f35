// What the channel tab's configuration page needs from Teams' settings dialog (implemented in
// teamsBridge.ts).
export interface TabInstanceConfig {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

export interface TabConfigHost {
  /** The saved configuration when an existing tab is being reconfigured, else null. */
  load(): Promise<TabInstanceConfig | null>;
  /** Registers what "Save" stores; `current` is read at the moment the user presses Save. */
  onSave(current: () => TabInstanceConfig): void;
  /** Enables or disables the host's Save button. */
  setValid(valid: boolean): void;
}
