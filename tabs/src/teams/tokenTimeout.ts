// getAuthToken got no answer in time: the host never replied (teams-js itself waits forever).
export class TeamsTokenTimeout extends Error {
  constructor(ms: number) {
    super(`Teams gave no token within ${ms} ms`);
    this.name = "TeamsTokenTimeout";
  }
}
