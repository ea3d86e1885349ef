import { AppError } from "../errors/index.ts";

export const notFound = (what = "resource") => new AppError("not_found", `No ${what} here.`);
