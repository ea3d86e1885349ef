import NextAuth from "next-auth";
import { authOptions } from "@commonplace/api/server";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
