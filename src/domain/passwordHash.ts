/**
 * Passwords are never kept in clear text: only a PBKDF2-SHA-256 hash with a random salt,
 * through Web Crypto (in browsers and in Node alike).
 *
 * Why 10,000 iterations, far below OWASP's 600,000 for servers: the "passwords" are practice
 * passwords that never leave the learner's own browser, sign-in must stay instant on slow
 * phones, and the test suite hashes thousands of times. The count is written into each hash,
 * so raising it later keeps old hashes verifiable.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

export const DEFAULT_ITERATIONS = 10_000;
const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(value), (char) => char.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** Compares every byte, so the time taken does not hint at how much matched. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

/**
 * A hasher storing `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64).
 * @example const hasher = createPbkdf2Hasher(); const stored = await hasher.hash('Contoso2016');
 * await hasher.verify('Contoso2016', stored) // true
 */
export function createPbkdf2Hasher(iterations = DEFAULT_ITERATIONS): PasswordHasher {
  return {
    async hash(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const hash = await derive(password, salt, iterations);
      return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
    },
    async verify(password, stored) {
      const [scheme, count, salt, hash] = stored.split('$');
      const rounds = Number(count);
      if (scheme !== 'pbkdf2-sha256' || !Number.isSafeInteger(rounds) || rounds < 1 || !salt || !hash) return false;
      try {
        return sameBytes(await derive(password, fromBase64(salt), rounds), fromBase64(hash));
      } catch {
        return false; // a damaged hash (bad base64) simply does not match
      }
    },
  };
}

/** The pattern every stored hash follows; the document schema checks it. */
export const passwordHashPattern = /^pbkdf2-sha256\$\d{1,7}\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/;
