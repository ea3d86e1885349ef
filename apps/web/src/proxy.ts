import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "./lib/paths";

/*
 * Layouts cannot see the request path, but the signed-in shell needs it to send anonymous
 * visitors back after they sign in. Authorisation itself happens in the layout and the API.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon|robots.txt).*)"],
};
