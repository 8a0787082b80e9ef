/** One regular file of a tar archive: its path as written (a PAX or GNU long name included) and bytes. */
export interface TarMember {
  name: string;
  data: Buffer;
}

const BLOCK = 512;

/**
 * The regular files of an (unpacked) tar archive, as Go's archive/tar writes them for `helm package`
 * (ustar names with their prefix, PAX `path` records, GNU long names); null when it is not a tar
 * archive this reads to its end (helm's loader fails on what it cannot read, too).
 */
export function tarMembers(tar: Buffer): TarMember[] | null {
  const members: TarMember[] = [];
  let longName: string | null = null;
  let at = 0;
  while (at + BLOCK <= tar.length) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return members;
    const size = octal(header.subarray(124, 136));
    if (size === null || !checksumOk(header)) return null;
    const data = tar.subarray(at + BLOCK, at + BLOCK + size);
    if (data.length < size) return null;
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156]!);
    if (type === 'x') longName = paxPath(data) ?? longName;
    else if (type === 'L') longName = text(data);
    else if (type !== 'g') {
      // The prefix field is ustar's (POSIX magic); old GNU headers keep other fields there.
      const ustar = header.subarray(257, 263).toString('latin1') === 'ustar\0';
      const prefix = ustar ? text(header.subarray(345, 500)) : '';
      const name =
        longName ?? (prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)));
      longName = null;
      if (type === '0' || type === '\0' || type === '7') members.push({ name, data });
    }
  }
  // Go's reader takes an archive that ends at a header boundary without its two zero blocks.
  return at > 0 && at === tar.length ? members : null;
}

function text(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}

function octal(field: Buffer): number | null {
  const s = text(field).trim();
  if (!/^[0-7]*$/.test(s)) return null;
  return s === '' ? 0 : parseInt(s, 8);
}

function checksumOk(header: Buffer): boolean {
  const want = octal(header.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return want === sum;
}

/** The `path` record of a PAX extended header ("<len> path=<value>\n" records, lengths in bytes). */
function paxPath(data: Buffer): string | null {
  let path: string | null = null;
  for (let at = 0; at < data.length;) {
    const space = data.indexOf(0x20, at);
    const len = space < 0 ? NaN : Number(data.subarray(at, space).toString('latin1'));
    if (!(Number.isSafeInteger(len) && len > space - at)) break;
    const record = data.subarray(space + 1, at + len - 1).toString('utf8');
    if (record.startsWith('path=')) path = record.slice(5);
    at += len;
  }
  return path;
}
