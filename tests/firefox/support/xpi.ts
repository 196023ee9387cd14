import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Zips a built extension folder into an .xpi (a plain zip) with Node's own zlib, so a clean
 * machine needs no zip tool. Enough of the format for Firefox: deflated entries, no comments.
 */
export function writeXpi(dir: string, out: string): string {
  const files = walk(dir).sort();
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const fields = (head: Buffer) => {
      head.writeUInt16LE(8, 0); // deflate
      head.writeUInt32LE(0x00210000, 2); // 1980-01-01 00:00 (DOS date, time)
      head.writeUInt32LE(crc, 6);
      head.writeUInt32LE(packed.length, 10);
      head.writeUInt32LE(data.length, 14);
      head.writeUInt16LE(name.length, 18);
      return head;
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    fields(local.subarray(8, 30).fill(0));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by
    entry.writeUInt16LE(20, 6); // needed
    fields(entry.subarray(10, 30));
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(out, Buffer.concat([...locals, directory, end]));
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
