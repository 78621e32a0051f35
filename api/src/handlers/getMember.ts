// GET /api/members/{id}: one member with all its contacts.
import { json, type Handler } from "../http/route.js";
import { problems } from "../http/problem.js";

const MEMBER_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const getMember: Handler<"user"> = async ({ request, services }) => {
  const id = request.params.id ?? "";
  if (!MEMBER_ID.test(id)) {
    throw problems.invalidInput([{ field: "id", message: "lower-case letters, digits and hyphens" }], {
      sv: `"${id.slice(0, 80)}" är inget giltigt medlems-id. Öppna medlemmen från sökresultatet i stället.`,
      en: `"${id.slice(0, 80)}" is not a valid member id. Open the member from the search results instead.`,
    });
  }
  const member = (await services.directory.current()).get(id);
  if (!member) {
    throw problems.notFound({
      sv: `Medlemmen "${id}" finns inte. Den kan ha tagits bort; sök igen i medlemskatalogen.`,
      en: `There is no member "${id}". It may have been removed; search the directory again.`,
    });
  }
  return json(member);
};
