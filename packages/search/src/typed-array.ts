/** A typed array twice as long as `a`, starting with its contents (for buffers grown while they are filled). */
export function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, make: new (length: number) => T): T {
  const b = new make(a.length * 2);
  b.set(a);
  return b;
}
