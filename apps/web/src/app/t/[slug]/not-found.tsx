import { PublicNotFound } from "@/components/profiles/public-not-found";

export default function TeamNotFound() {
  return <PublicNotFound title="No public team here">There&rsquo;s no public team at this address. Teams choose whether to have a public page; this one may be private.</PublicNotFound>;
}
