// The course catalogue that searches read: every course with its seat counts, loaded from the
// store and kept for a few seconds (the same setting as the directory). Seat counts in search
// results may lag by that much; a course's own page and every registration read the store.
import { searchableCourse, type SearchableCourse } from "../domain/catalogue/courseSearch.js";
import type { CourseRecord } from "../domain/catalogue/courseSchema.js";
import { toCourseSummary } from "../domain/catalogue/courseView.js";
import { emptyLedger } from "../domain/catalogue/seatRules.js";
import type { Logger } from "../logger.js";
import type { CourseStore } from "./courseStore.js";
import type { RegistrationStore } from "./registrationStore.js";

export interface Catalogue {
  courses: Map<string, CourseRecord>;
  searchable: SearchableCourse[];
}

export class CatalogueSnapshot {
  private catalogue: Catalogue | undefined;
  private loadedAt = 0;
  private loading: Promise<Catalogue> | undefined;

  constructor(
    private readonly courses: CourseStore,
    private readonly registrations: RegistrationStore,
    private readonly refreshMs: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The catalogue; waits for the store only on first use or when refreshing is due with refreshMs 0. */
  async current(): Promise<Catalogue> {
    const stale = this.now() - this.loadedAt >= this.refreshMs;
    if (!this.catalogue || (stale && this.refreshMs === 0)) return this.refresh();
    if (stale) this.refresh().catch((error) => this.log.warn("catalogue refresh failed; serving the previous one", { error: String(error) }));
    return this.catalogue;
  }

  /** Reloads now; concurrent callers share one load. Writers call it so their change shows at once here. */
  refresh(): Promise<Catalogue> {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async load(): Promise<Catalogue> {
    const startedAt = this.now();
    const [{ courses, rejected }, ledgers] = await Promise.all([this.courses.loadAll(), this.registrations.allLedgers()]);
    for (const row of rejected) this.log.warn("course row rejected", { ...row });
    this.catalogue = {
      courses: new Map(courses.map((c) => [c.id, c])),
      searchable: courses.map((c) => searchableCourse(c, toCourseSummary(c, ledgers.get(c.id) ?? emptyLedger()))),
    };
    this.loadedAt = startedAt;
    return this.catalogue;
  }
}
