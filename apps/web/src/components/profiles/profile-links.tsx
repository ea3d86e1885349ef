import { Globe } from "lucide-react";

// Links a person put on their profile. rel="me" lets the linked pages verify they belong together;
// "nofollow ugc" because the addresses are user-provided.

export const orcidUrl = (id: string) => `https://orcid.org/${id}`;
export const githubUrl = (login: string) => `https://github.com/${login}`;

function OrcidIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden className="size-4">
      <circle cx="12" cy="12" r="11" className="fill-[#a6ce39]" />
      <path
        d="M8.2 17.3H6.8V7.6h1.4v9.7Zm2.2-9.7h3.7c3.6 0 5.1 2.6 5.1 4.9 0 2.5-1.9 4.8-5.1 4.8h-3.7V7.6Zm1.4 8.4h2.2c3.1 0 3.8-2.3 3.8-3.5 0-1.9-1.2-3.5-3.9-3.5h-2.1v7ZM7.5 5.2a.95.95 0 1 1 0 1.9.95.95 0 0 1 0-1.9Z"
        fill="#fff"
      />
    </svg>
  );
}

function GithubIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden className="size-4 fill-current">
      <path d="M12 .5a11.5 11.5 0 0 0-3.64 22.41c.58.1.79-.25.79-.56v-2c-3.2.7-3.88-1.37-3.88-1.37-.52-1.33-1.28-1.69-1.28-1.69-1.05-.71.08-.7.08-.7 1.16.08 1.77 1.19 1.77 1.19 1.03 1.77 2.7 1.26 3.36.96.1-.75.4-1.26.73-1.55-2.55-.29-5.24-1.28-5.24-5.69 0-1.26.45-2.29 1.19-3.1-.12-.29-.52-1.46.11-3.05 0 0 .97-.31 3.17 1.18a11 11 0 0 1 5.77 0c2.2-1.49 3.17-1.18 3.17-1.18.63 1.59.23 2.76.11 3.05.74.81 1.19 1.84 1.19 3.1 0 4.42-2.69 5.39-5.26 5.68.41.36.78 1.06.78 2.14v3.17c0 .31.21.67.8.56A11.5 11.5 0 0 0 12 .5Z" />
    </svg>
  );
}

const linkClass = "inline-flex items-center gap-1.5 rounded-md text-sm text-ink-muted underline-offset-4 transition-colors hover:text-accent hover:underline";

export function ProfileLinks({ website, orcid, github }: { website: string | null; orcid: string | null; github: string | null }) {
  if (!website && !orcid && !github) return null;
  return (
    <ul className="flex flex-wrap items-center gap-x-5 gap-y-2" aria-label="Links">
      {website ? (
        <li>
          <a href={website} rel="me nofollow ugc noopener" className={linkClass}>
            <Globe aria-hidden className="size-4" />
            {website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
          </a>
        </li>
      ) : null}
      {orcid ? (
        <li>
          <a href={orcidUrl(orcid)} rel="me nofollow noopener" className={linkClass}>
            <OrcidIcon />
            <span className="font-mono text-[13px]">{orcid}</span>
            <span className="sr-only"> (ORCID)</span>
          </a>
        </li>
      ) : null}
      {github ? (
        <li>
          <a href={githubUrl(github)} rel="me nofollow noopener" className={linkClass}>
            <GithubIcon />
            {github}
            <span className="sr-only"> on GitHub</span>
          </a>
        </li>
      ) : null}
    </ul>
  );
}
