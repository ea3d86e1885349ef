import { PublicNotFound } from "@/components/profiles/public-not-found";

export default function ProfileNotFound() {
  return <PublicNotFound title="No one goes by this name here">There&rsquo;s no profile at this address. The handle may be mistyped, or the account was closed.</PublicNotFound>;
}
