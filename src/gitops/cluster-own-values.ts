/**
 * Whether a cluster's valueFiles entry (as written) is the cluster's own file: a directory on its
 * path is named for the cluster or its environment (`$values/environments/prod/apps.yaml`,
 * `clusters/dev-01/values.yaml`), or the file's name carries one of those names
 * (`values.dev-01.yaml`, `values-prod.yaml`). A `$ref` prefix names a source, not a directory.
 */
export function isOwnValueFile(entry: string, names: readonly string[]): boolean {
  const wanted = names.filter((n) => n !== '');
  const segments = entry
    .split('/')
    .filter((s, i) => s !== '' && s !== '.' && !(i === 0 && s.startsWith('$')));
  const file = segments.pop();
  if (segments.some((dir) => wanted.includes(dir))) return true;
  return file !== undefined && wanted.some((n) => file.includes(n));
}
