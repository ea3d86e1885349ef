/** What the signed-in shell needs to know about the person (serialisable, client-safe). */
export type ShellUser = {
  name: string;
  handle: string;
  email: string;
  avatarUrl: string | null;
};
