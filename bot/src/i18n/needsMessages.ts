// The needs inventory's texts in the bot (issue 13), Swedish (the default) and English, kept
// apart from messages.ts because the card has many of its own. Same shape in both languages, so
// a missing translation is a type error.
import type { Lang } from "../conversations.js";

const dayFormat: Record<Lang, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat("sv-SE", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }),
};

/** A Stockholm calendar day ("2027-01-31") in words: "31 januari 2027". */
export const formatDay = (day: string, lang: Lang): string => dayFormat[lang].format(new Date(`${day}T00:00:00Z`));

const sv = {
  roundSubtitle: (period: string, deadline: string) => `Behovsinventering för ${period.toLowerCase()} · svara senast ${deadline}`,
  reminder: (deadline: string) => `Påminnelse: ni har inte svarat än. Svarstiden går ut ${deadline}.`,
  answer: "Svara",
  refresh: "Uppdatera",
  answeringFor: (member: string) => `Du svarar för ${member}.`,
  answerFor: (member: string) => `Svara för ${member}`,
  lastChange: (name: string, when: string) => `Senast ändrat av ${name}, ${when}.`,
  notAnswered: "Ingen har svarat för medlemmen än.",
  newNeed: "Nytt behov",
  remove: "Ta bort behovet",
  area: "Utbildningsområde",
  noArea: "Inget (tom rad)",
  audience: "För vem",
  format: "Form",
  participants: "Ungefär hur många deltagare",
  note: "Kommentar till behovet (valfritt)",
  comment: "Övrigt (valfritt)",
  noNeedsHint: "Har ni inga behov den här terminen? Lämna raderna tomma och spara.",
  save: "Spara",
  saved: "Sparat. Tack för ert svar! Ni kan ändra det fram till svarstidens slut.",
  savedNoNeeds: "Sparat: inga behov den här terminen. Ni kan ändra svaret fram till svarstidens slut.",
  changed: (name: string) => `Någon annan har ändrat svaret (${name}) efter att du öppnade kortet. Här är det senaste; gör dina ändringar igen och spara.`,
  yourUnsaved: (summary: string) => `Det du försökte spara: ${summary}`,
  nothing: "inga behov",
  fixErrors: "Svaret sparades inte. Rätta det här och spara igen:",
  newNeedN: (n: number) => `Nytt behov ${n}`,
  errArea: (row: string) => `${row}: välj ett utbildningsområde, eller töm raden.`,
  errUnknownArea: (row: string) => `${row}: området finns inte i den här inventeringen.`,
  errAudience: (row: string) => `${row}: välj studerande eller personal.`,
  errFormat: (row: string) => `${row}: välj en form.`,
  errParticipants: (row: string, max: number) => `${row}: ange antal deltagare som ett heltal 1–${max}.`,
  errNote: (row: string, max: number) => `${row}: kommentaren får vara högst ${max} tecken.`,
  errDuplicate: (row: string, area: string, audience: string) => `${row}: ${area} (${audience.toLowerCase()}) finns redan på en annan rad.`,
  errTooMany: (max: number) => `Högst ${max} behov per svar.`,
  errComment: (max: number) => `Övrigt får vara högst ${max} tecken.`,
  closed: (deadline: string) => `Svarstiden gick ut ${deadline}. Svaret kan inte längre ändras.`,
  notOpen: "Inventeringen är inte utskickad än.",
  gone: "Den här behovsinventeringen finns inte längre.",
  savedAnswer: "Ert svar",
  notAContact: "Du är inte kontaktperson för någon medlem i katalogen, så du kan inte svara här. Hör av dig till en samordnare om det är fel.",
  notYourMember: "Du är inte kontaktperson för den medlemmen. Välj en av dina medlemmar.",
  chooseMember: "Du är kontaktperson för flera medlemmar. Vilken svarar du för?",
  unavailable: "Svaret kunde inte sparas just nu. Försök igen om en stund; det du skrev finns kvar i kortet.",
  providerTitle: (area: string) => `Kan ni ge en kurs i ${area.toLowerCase()}?`,
  // Courses are entered by coordinators, so the card sends the provider to the one who asked.
  providerText: (round: string, area: string, askedBy?: string) =>
    `I ${round} har medlemmar önskat utbildning inom ${area.toLowerCase()}. Ni undervisar i området: kan ni ge en kurs som andra medlemmar kan gå? ${askedBy ? `Hör av er till ${askedBy}, som frågar,` : "Hör av er till nätverkets samordnare,"} så lägger samordnarna in kursen i katalogen i Campus Westum.`,
  providerChat: (name: string) => `Chatta med ${name}`,
};

type NeedsMessages = typeof sv;

const en: NeedsMessages = {
  roundSubtitle: (period, deadline) => `Needs inventory for the ${period.toLowerCase()} · answer by ${deadline}`,
  reminder: (deadline) => `Reminder: you have not answered yet. The answer period ends ${deadline}.`,
  answer: "Answer",
  refresh: "Refresh",
  answeringFor: (member) => `You are answering for ${member}.`,
  answerFor: (member) => `Answer for ${member}`,
  lastChange: (name, when) => `Last changed by ${name}, ${when}.`,
  notAnswered: "Nobody has answered for the member yet.",
  newNeed: "New need",
  remove: "Remove the need",
  area: "Education area",
  noArea: "None (empty row)",
  audience: "For whom",
  format: "Format",
  participants: "About how many participants",
  note: "Note on the need (optional)",
  comment: "Other (optional)",
  noNeedsHint: "No needs this term? Leave the rows empty and save.",
  save: "Save",
  saved: "Saved. Thank you for your answer! You can change it until the answer period ends.",
  savedNoNeeds: "Saved: no needs this term. You can change the answer until the answer period ends.",
  changed: (name) => `Someone else changed the answer (${name}) after you opened the card. Here is the latest; make your changes again and save.`,
  yourUnsaved: (summary) => `What you tried to save: ${summary}`,
  nothing: "no needs",
  fixErrors: "The answer was not saved. Correct this and save again:",
  newNeedN: (n) => `New need ${n}`,
  errArea: (row) => `${row}: choose an education area, or empty the row.`,
  errUnknownArea: (row) => `${row}: the area is not part of this inventory.`,
  errAudience: (row) => `${row}: choose students or staff.`,
  errFormat: (row) => `${row}: choose a format.`,
  errParticipants: (row, max) => `${row}: give the number of participants as a whole number 1–${max}.`,
  errNote: (row, max) => `${row}: the note may be at most ${max} characters.`,
  errDuplicate: (row, area, audience) => `${row}: ${area} (${audience.toLowerCase()}) is already on another row.`,
  errTooMany: (max) => `At most ${max} needs per answer.`,
  errComment: (max) => `Other may be at most ${max} characters.`,
  closed: (deadline) => `The answer period ended ${deadline}. The answer can no longer be changed.`,
  notOpen: "The inventory has not been sent yet.",
  gone: "This needs inventory no longer exists.",
  savedAnswer: "Your answer",
  notAContact: "You are not a contact person of any member in the directory, so you cannot answer here. Contact a coordinator if that is wrong.",
  notYourMember: "You are not a contact person of that member. Choose one of your members.",
  chooseMember: "You are a contact person of several members. Which one are you answering for?",
  unavailable: "The answer could not be saved just now. Try again in a while; what you wrote is still in the card.",
  providerTitle: (area) => `Could you give a course in ${area.toLowerCase()}?`,
  providerText: (round, area, askedBy) =>
    `In ${round}, members asked for training in ${area.toLowerCase()}. You teach the area: could you give a course other members can take? ${askedBy ? `Contact ${askedBy}, who is asking,` : "Contact the network's coordinators,"} and the coordinators will add the course to the catalogue in Campus Westum.`,
  providerChat: (name) => `Chat with ${name}`,
};

export const needsMessages: Record<Lang, NeedsMessages> = { sv, en };
