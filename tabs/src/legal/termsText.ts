// The terms of use the Teams manifest links to (termsOfUseUrl = <TAB_ENDPOINT>/terms): short and plain.
import type { LegalDocument } from "./legalDocument";

export const termsText: LegalDocument = {
  sv: {
    title: "Användarvillkor för Campus Westum",
    lead: "Campus Westum är till för personalen hos Nätverk Westums medlemmar. Genom att använda appen går du med på det här.",
    updated: "Senast ändrad i december 2026",
    sections: [
      {
        heading: "Använd appen för nätverkets arbete",
        list: [
          "Använd medlemskatalogen för att hitta samarbetspartner och kontaktpersoner, inte för utskick som inte har med nätverkets arbete att göra.",
          "Anmäl dig bara själv, om du inte är samordnare och anmäler någon annan på hennes begäran. Avanmäl dig om du inte kan komma, så att någon på väntelistan får platsen.",
          "Håll din personliga kalenderadress för dig själv: den som har adressen kan se dina kurser. Förnya den under Mina anmälningar om den har kommit i fel händer.",
        ],
      },
      {
        heading: "Uppgifterna",
        paragraphs: [
          "Medlemmarna ansvarar för att uppgifterna om dem stämmer; samordnarna för kurserna och anmälningarna. Ser du något som är fel, säg till samordnarna. Hur dina personuppgifter behandlas står under Integritet.",
        ],
      },
      {
        heading: "Ingen garanti",
        paragraphs: [
          "Föreningen gör sitt bästa för att appen ska fungera och att uppgifterna ska stämma, men kan inte lova att den alltid är tillgänglig eller felfri. Föreningen kan ändra appen och de här villkoren; större ändringar berättar samordnarna om.",
        ],
      },
      {
        heading: "Frågor",
        paragraphs: ["Kontakta samordnarna på Nätverk Westum."],
      },
    ],
  },
  en: {
    title: "Terms of use for Campus Westum",
    lead: "Campus Westum is for the staff of Nätverk Westum's members. By using the app you agree to the following.",
    updated: "Last changed in December 2026",
    sections: [
      {
        heading: "Use the app for the network's work",
        list: [
          "Use the member directory to find partners and contact persons, not for mailings that have nothing to do with the network's work.",
          "Register only yourself, unless you are a coordinator registering someone at their request. Cancel if you cannot come, so that someone on the waiting list gets the seat.",
          "Keep your personal calendar address to yourself: whoever has it can see your courses. Renew it under My registrations if it has reached the wrong hands.",
        ],
      },
      {
        heading: "The data",
        paragraphs: [
          "Members are responsible for the data about them being right; the coordinators for the courses and registrations. If you see something wrong, tell the coordinators. How your personal data is processed is described under Privacy.",
        ],
      },
      {
        heading: "No guarantee",
        paragraphs: [
          "The association does its best for the app to work and the data to be right, but cannot promise that it is always available or free of errors. The association may change the app and these terms; the coordinators announce larger changes.",
        ],
      },
      {
        heading: "Questions",
        paragraphs: ["Contact Nätverk Westum's coordinators."],
      },
    ],
  },
};
