import { hash } from 'node:crypto';

/** Hex sha256 of the UTF-8 bytes of `text` (one-shot `crypto.hash`: 2.5x faster than a Hash object for ids). */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}
