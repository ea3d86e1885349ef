// Build-mode flags that are safe in the browser bundle: no validation library here on purpose (the
// web app's env.ts validates with zod at load time, which would put all of zod into first-load JS).

/** Next inlines NODE_ENV into the browser bundle, so this is a constant on both sides. */
export const isDevelopment = process.env.NODE_ENV === "development";
