// The coordinators' fika routes: list the series with their next occurrences, RSVP counts and
// audience (and any stored series that no longer reads as valid), create a series, and change one
// (title, RRULE, time, link, who hears of it, or pause it with active: false). A body is checked
// whole before it is saved; the audience choice is saved after the series (audienceStore.ts).
import { randomBytes } from "node:crypto";
import { occurrencesBetween, toStockholmIso } from "@campus-westum/bot";
import { MAX_FIKA_SERIES, type Audience, type FikaSeriesList, type FikaSeriesView } from "../contract/index.js";
import { parseBody } from "../http/body.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import type { Services } from "../services.js";
import { fikaConflictFor } from "../sharepoint/outbox/courseConflict.js";
import { audienceSchema } from "./audience/audienceSchema.js";
import { DEFAULT_AUDIENCE } from "./audience/audienceStore.js";
import { botServicesOf } from "./botServices.js";
import { fikaStoreOf } from "./fikaServices.js";
import { fikaSeriesFields, refuseDatelessRule, type FikaSeries } from "./fikaStore.js";

/** The body of POST and PUT (contract FikaSeriesRequest): the series' fields and, optionally, its audience. */
const seriesRequestSchema = fikaSeriesFields.extend({ audience: audienceSchema.optional() }).superRefine(refuseDatelessRule);

const UPCOMING = 3;
const YEAR = 366 * 86_400_000;

async function withUpcoming(services: Services, series: FikaSeries, audience: Audience): Promise<FikaSeriesView> {
  const store = fikaStoreOf(services);
  const now = services.now();
  const starts = occurrencesBetween(series, now, now + YEAR, UPCOMING);
  const upcoming = await Promise.all(starts.map(async (start) => ({ start: toStockholmIso(start), rsvps: await store.counts(series.id, start) })));
  return { ...series, upcoming, audience, ...(await fikaConflictFor(services, series.id)) };
}

/** Saves the series, then its audience when one was sent; answers with the audience it now has. */
async function save(services: Services, series: FikaSeries, audience: Audience | undefined): Promise<FikaSeriesView> {
  await fikaStoreOf(services).saveSeries(series);
  const audiences = botServicesOf(services).audiences;
  if (audience) await audiences.setForFika(series.id, audience);
  return withUpcoming(services, series, audience ?? (await audiences.ofFika(series.id)));
}

const notFound = () => problems.notFound({ sv: "Det finns ingen fikaserie med det id:t.", en: "There is no fika series with that id." });
const tooMany = () =>
  problems.conflict("too-many-series", { sv: "För många fikaserier", en: "Too many fika series" }, {
    sv: `Det finns redan ${MAX_FIKA_SERIES} fikaserier. Ändra eller pausa en befintlig i stället för att skapa en ny.`,
    en: `There are already ${MAX_FIKA_SERIES} fika series. Change or pause an existing one instead of creating another.`,
  });

export const listFikaSeries: Handler<"coordinator"> = async ({ services, lang }) => {
  const { valid, invalid } = await fikaStoreOf(services).listAllSeries();
  const audiences = await botServicesOf(services).audiences.fikaChoices();
  const list: FikaSeriesList = {
    series: await Promise.all(valid.map((s) => withUpcoming(services, s, audiences.get(s.id) ?? DEFAULT_AUDIENCE))),
    invalid: invalid.map(({ problem, ...series }) => ({ ...series, problem: problem[lang] })),
  };
  return json(list);
};

export const createFikaSeries: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const { audience, ...input } = await parseBody(request, seriesRequestSchema, lang);
  const { valid, invalid } = await fikaStoreOf(services).listAllSeries();
  if (valid.length + invalid.length >= MAX_FIKA_SERIES) throw tooMany();
  const series: FikaSeries = { id: `fika-${randomBytes(4).toString("hex")}`, ...input, updatedAt: toStockholmIso(services.now()) };
  return json(await save(services, series, audience), 201);
};

export const updateFikaSeries: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const store = fikaStoreOf(services);
  const id = request.params.id ?? "";
  if (!/^fika-[0-9a-f]{8}$/.test(id) || !(await store.hasSeries(id))) throw notFound();
  const { audience, ...input } = await parseBody(request, seriesRequestSchema, lang);
  const series: FikaSeries = { id, ...input, updatedAt: toStockholmIso(services.now()) };
  return json(await save(services, series, audience));
};

export const fikaRoutes = [listFikaSeries, createFikaSeries, updateFikaSeries];
