import type { Role } from "@mentalverse/shared";
import type { Db } from "../src/db/database.js";
import { hashPassword } from "../src/lib/passwords.js";
import { insertUser, replaceRoles } from "../src/modules/users/user-repository.js";
import type { TestApp } from "./harness.js";

let sequence = 0;
let cachedHash: Promise<string> | null = null;
export const DEFAULT_PASSWORD = "correct horse battery staple";

export interface UserFactoryInput {
  email?: string;
  displayName?: string;
  roles?: Role[];
  password?: string;
}

/** Inserts a member directly; hashing the default password once keeps suites fast. */
export async function buildUser(db: Db, input: UserFactoryInput = {}) {
  sequence += 1;
  const password = input.password ?? DEFAULT_PASSWORD;
  if (password === DEFAULT_PASSWORD && !cachedHash) cachedHash = hashPassword(DEFAULT_PASSWORD);
  const passwordHash = password === DEFAULT_PASSWORD && cachedHash ? await cachedHash : await hashPassword(password);
  const user = await insertUser(db, {
    email: input.email ?? `member${sequence}-${Date.now()}@example.test`,
    password_hash: passwordHash,
    display_name: input.displayName ?? `Member ${sequence}`,
  });
  await replaceRoles(db, user.id, input.roles ?? ["mentee"], null, new Date());
  return { id: user.id, email: user.email, password, displayName: user.display_name };
}

/** A client signed in as a new member with the given roles. */
export async function signedInClient(t: TestApp, input: UserFactoryInput = {}) {
  const user = await buildUser(t.ctx.db, input);
  const client = t.client();
  const res = await client.post("/api/auth/sign-in", { email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in failed in factory: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, user };
}
