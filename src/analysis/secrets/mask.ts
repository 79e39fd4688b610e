/** The ellipsis that ends every masked value. */
export const MASK_SUFFIX = '…';

/**
 * A secret as it may appear in a message: at most its first 4 characters, fewer for short values
 * (a third of the length, rounded down), then `…`. A 7-character password shows 2 characters.
 */
export function maskSecret(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 3));
  // Never cut a surrogate pair in half.
  let end = shown;
  const code = value.charCodeAt(end - 1);
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}${MASK_SUFFIX}`;
}

/** A non-secret value (a host, a port) shortened for a message, without hiding it. */
export function shortenForMessage(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}${MASK_SUFFIX}`;
}
