// Tells one refused recipient from a refusal of everyone. A 403 that Teams does not document as
// the recipient's own (BotDisabledByAdmin, NotEnoughPermissions, ...) may come from a tenant
// policy or from our own configuration; when such refusals make up a large share of the
// latest answers, sending on would only burn through the audience (each refused delivery
// uses one of its attempts), so the worker raises an alarm and pauses instead.

export interface RefusalWatchSettings {
  /** How many of the latest answers are looked at. */
  window: number;
  /** Refusals needed before an alarm, however small the window's share. */
  minRefusals: number;
  /** Share of refusals among the latest answers that raises the alarm. */
  share: number;
}

/** The error recorded on deliveries sent back to the queue unsent while the worker pauses. */
export const ALARM_PAUSE_ERROR = "paused: many deliveries were refused at once";

/** Whether a delivery's recorded error is a refusal (waiting for its retry, or given up) or an alarm's pause. */
export const isRefusalError = (error: string | undefined): boolean => error !== undefined && (error.includes(REFUSED_PREFIX) || error === ALARM_PAUSE_ERROR);
export const REFUSED_PREFIX = "refused: ";

export const DEFAULT_REFUSAL_WATCH: RefusalWatchSettings = { window: 50, minRefusals: 10, share: 0.25 };

export class RefusalWatch {
  private answers: boolean[] = [];
  private refusals = 0;

  constructor(private readonly settings: RefusalWatchSettings = DEFAULT_REFUSAL_WATCH) {}

  /** Counts one answer (refused or not); true when the refusals now call for an alarm. */
  record(refused: boolean): boolean {
    this.answers.push(refused);
    if (refused) this.refusals++;
    if (this.answers.length > this.settings.window && this.answers.shift()) this.refusals--;
    const alarm = this.refusals >= this.settings.minRefusals && this.refusals >= this.settings.share * this.answers.length;
    // The next alarm needs fresh evidence, gathered after the pause.
    if (alarm) [this.answers, this.refusals] = [[], 0];
    return alarm;
  }

  /** The share of refusals among the latest answers. */
  get refusedShare(): number {
    return this.answers.length === 0 ? 0 : this.refusals / this.answers.length;
  }
}
