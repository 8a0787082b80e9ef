/** A value as shown in a message: control characters visible (JSON escapes), long values cut. */
export function clip(value: string, max = 80): string {
  const visible = JSON.stringify(value).slice(1, -1);
  return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}
