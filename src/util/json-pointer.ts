/** The segments of an RFC 6901 JSON pointer (`/a/b~1c/0` → `a`, `b/c`, `0`); `''` is the whole document. */
export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
