import type { RoleId } from '../../../src/domain/roles';
import type { PortalApi } from '../../../src/store/portalApi';
import type { World } from './world';

/** The guide's example data (src/guide/exampleData.ts) as the seed holds it. */
export const HARRY = 'harry@contoso.com';
export const AGREEMENT = '1234567890';
export const PURCHASING_ACCOUNT = '5012345678';
export const PASSWORD = 'Contoso2016!';

/** Fails loudly when a scene's own setup is refused: the scene, not the machine, is wrong then. */
export function must<T extends { ok: boolean }>(result: T): T & { ok: true } {
  if (!result.ok) throw new Error(`scene setup refused: ${JSON.stringify(result)}`);
  return result as T & { ok: true };
}

export async function latestToken(store: PortalApi, address: string): Promise<string> {
  const [message] = await store.getMailbox(address);
  return message?.params['token'] ?? 'none';
}

/** Accepts the newest invitation of `address` (who is then signed in). */
export async function register(world: World, address = HARRY, country = 'US'): Promise<void> {
  const token = await latestToken(world.store, address);
  must(await world.store.acceptInvitation({ token, name: 'Test User', password: PASSWORD, confirmPassword: PASSWORD, country }));
}

/** Harry registered and signed in (Account administrator). */
export async function harrySignedIn(world: World): Promise<void> {
  if ((await world.store.getSession())?.user.email === HARRY) return;
  await register(world);
}

/** Someone else holding exactly `roles`, registered and signed in (Harry invited them). */
export async function signedInAs(world: World, roles: readonly RoleId[], address = 'actor@contoso.com'): Promise<void> {
  await harrySignedIn(world);
  must(await world.store.inviteUsers({ rows: [{ email: address, name: 'Actor', preferredLanguage: 'en', country: 'US', roles }] }));
  must(await world.store.signOut());
  await register(world, address);
}

/** Nobody signed in (whatever the scene did before). */
export async function signedOut(world: World): Promise<void> {
  must(await world.store.signOut());
}
