// The coordinators' fika routes: list the series with their next occurrences and RSVP counts
// (and any stored series that no longer reads as valid), create a series, and change one (title,
// RRULE, time, link, or pause it with active: false). A body is checked whole before it is saved.
import { randomBytes } from "node:crypto";
import { occurrencesBetween, toStockholmIso } from "@campus-westum/bot";
import { MAX_FIKA_SERIES, type FikaSeriesList, type FikaSeriesView } from "../contract/index.js";
import { parseBody } from "../http/body.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import type { Services } from "../services.js";
import { fikaStoreOf } from "./fikaServices.js";
import { fikaSeriesSchema, type FikaSeries } from "./fikaStore.js";

const UPCOMING = 3;
const YEAR = 366 * 86_400_000;

async function withUpcoming(services: Services, series: FikaSeries): Promise<FikaSeriesView> {
  const store = fikaStoreOf(services);
  const now = services.now();
  const starts = occurrencesBetween(series, now, now + YEAR, UPCOMING);
  const upcoming = await Promise.all(starts.map(async (start) => ({ start: toStockholmIso(start), rsvps: await store.counts(series.id, start) })));
  return { ...series, upcoming };
}

const notFound = () => problems.notFound({ sv: "Det finns ingen fikaserie med det id:t.", en: "There is no fika series with that id." });
const tooMany = () =>
  problems.conflict("too-many-series", { sv: "För många fikaserier", en: "Too many fika series" }, {
    sv: `Det finns redan ${MAX_FIKA_SERIES} fikaserier. Ändra eller pausa en befintlig i stället för att skapa en ny.`,
    en: `There are already ${MAX_FIKA_SERIES} fika series. Change or pause an existing one instead of creating another.`,
  });

export const listFikaSeries: Handler<"coordinator"> = async ({ services, lang }) => {
  const { valid, invalid } = await fikaStoreOf(services).listAllSeries();
  const list: FikaSeriesList = {
    series: await Promise.all(valid.map((s) => withUpcoming(services, s))),
    invalid: invalid.map(({ problem, ...series }) => ({ ...series, problem: problem[lang] })),
  };
  return json(list);
};

export const createFikaSeries: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const input = await parseBody(request, fikaSeriesSchema, lang);
  const store = fikaStoreOf(services);
  const { valid, invalid } = await store.listAllSeries();
  if (valid.length + invalid.length >= MAX_FIKA_SERIES) throw tooMany();
  const series: FikaSeries = { id: `fika-${randomBytes(4).toString("hex")}`, ...input, updatedAt: toStockholmIso(services.now()) };
  await store.saveSeries(series);
  return json(await withUpcoming(services, series), 201);
};

export const updateFikaSeries: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const store = fikaStoreOf(services);
  const id = request.params.id ?? "";
  if (!/^fika-[0-9a-f]{8}$/.test(id) || !(await store.hasSeries(id))) throw notFound();
  const input = await parseBody(request, fikaSeriesSchema, lang);
  const series: FikaSeries = { id, ...input, updatedAt: toStockholmIso(services.now()) };
  await store.saveSeries(series);
  return json(await withUpcoming(services, series));
};

export const fikaRoutes = [listFikaSeries, createFikaSeries, updateFikaSeries];
