/**
 * Zip packages written byte by byte, so tests and benchmarks can build what no zip library writes:
 * a decompression bomb (a part of hundreds of megabytes in a few hundred kilobytes, built without ever
 * holding it unpacked) and a part whose zip directory understates its size.
 */
import { constants, crc32, deflateRawSync } from 'zlib';

export interface RawEntry {
  name: string;
  /** The entry's data as stored (deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  /** The unpacked size the headers declare (true or not). */
  declaredSize: number;
  crc?: number;
}

/** A deflated entry of `text`, declaring its true size. */
export function deflatedEntry(name: string, text: string): RawEntry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), method: 8, declaredSize: raw.length, crc: crc32(raw) };
}

const MiB = 1024 * 1024;

/**
 * A raw deflate stream of `mebibytes` MiB of repeated empty paragraphs: one fully flushed block of 1 MiB
 * (it refers to nothing before it) repeated, then deflate's empty final block.
 */
export function deflatedRepeats(mebibytes: number): Buffer {
  const unit = '<w:p/>';
  const chunk = Buffer.from(unit.repeat(Math.ceil(MiB / unit.length)).slice(0, MiB), 'utf8');
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([0x03, 0x00])]);
}

/** A .docx-shaped package whose word/document.xml unpacks to `mebibytes` MiB; `declaredMiB` may understate it. */
export function bombDocx(mebibytes: number, declaredMiB = mebibytes): Uint8Array {
  return rawZip([
    deflatedEntry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    { name: 'word/document.xml', data: deflatedRepeats(mebibytes), method: 8, declaredSize: declaredMiB * MiB },
  ]);
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(0, at + 2); // flags
      h.writeUInt16LE(e.method, at + 4);
      h.writeUInt16LE(0, at + 6); // time
      h.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
      h.writeUInt32LE(e.crc ?? 0, at + 10);
      h.writeUInt32LE(e.data.length, at + 14);
      h.writeUInt32LE(e.declaredSize, at + 18);
      h.writeUInt16LE(name.length, at + 22);
      h.writeUInt16LE(0, at + 24); // extra length
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
