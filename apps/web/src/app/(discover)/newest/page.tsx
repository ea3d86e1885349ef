import { cardPage } from "@/components/discovery/card-page";

export const metadata = { title: "Newest papers", description: "The most recently published papers on this server." };

export default cardPage({
  tab: "newest",
  eyebrow: "Newest",
  title: "Newest papers",
  intro: "Everything on this server, most recently published first.",
  path: "/newest",
  load: (caller, range) => caller.discovery.newest(range),
});
