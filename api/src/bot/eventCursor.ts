// Reading an outbox of change records with a cursor (decision 0009): record ids start with the
// writer's clock (15 digits of UTC milliseconds), and a slow transaction can commit behind an id
// already read, so each run reads again from a little before the cursor; the caller skips what
// was already announced. Used by the course-event pump and the tech network's event pump.

/** How far back each run reads again for records that were written late. */
export const EVENT_LAG_MS = 5 * 60_000;
const BATCH = 200;

const idAt = (ms: number) => String(Math.max(0, ms)).padStart(15, "0");
const timeOfId = (id: string) => Number(id.slice(0, 15)) || 0;

/** Where a pump that has never run starts: records from now on, not the dawn of the catalogue. */
export const firstCursor = (nowMs: number) => idAt(nowMs);

/** Hands every record from the cursor's lag window on to `each`, oldest first; returns the new cursor. */
export async function readSinceCursor<R extends { id: string }>(cursor: string, list: (afterId: string, limit: number) => Promise<R[]>, each: (record: R) => Promise<void>): Promise<string> {
  let next = cursor;
  for (let after = cursor ? idAt(timeOfId(cursor) - EVENT_LAG_MS) : ""; ; ) {
    const records = await list(after, BATCH);
    for (const record of records) {
      await each(record);
      if (record.id > next) next = record.id;
    }
    if (records.length < BATCH) return next;
    after = records.at(-1)!.id;
  }
}
