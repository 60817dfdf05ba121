import { createHmac } from 'node:crypto';

/**
 * The stored stand-in for a person identifier (child_id, violator_id): HMAC-SHA256 under the
 * installation's key, hex. The same id gives the same pseudonym under the same key, so a child
 * is still counted once across rows and files; without the key it cannot be reversed or guessed
 * from a list of likely ids. The id is trimmed, NFC-normalised and upper-cased first, so
 * "te-001 " and "TE-001" are the same child.
 */
export function pseudonymise(id: string, key: string): string {
  return createHmac('sha256', key).update(id.trim().normalize('NFC').toUpperCase()).digest('hex');
}
