/** SHA-256 of the exact bytes fetched, as lowercase hex: what a policy's `templateSha256` pins. */
export async function sha256Hex(bytes: string | ArrayBuffer | Uint8Array): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function normaliseSha256(hex: string): string | undefined {
  const clean = hex.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(clean) ? clean : undefined;
}
