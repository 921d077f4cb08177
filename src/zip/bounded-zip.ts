/**
 * Zip packages (.docx, .xlsx) opened without trusting them: a decompression bomb (a small file whose
 * parts unpack to gigabytes) is refused before anything is inflated, from the sizes the zip directory
 * declares, and a part whose data inflates past its declared size is stopped as soon as it does.
 * Runs in the browser (pane's catalog import) and in Node (CLI).
 */
import JSZip from 'jszip';

export interface ZipLimits {
  /** All parts together, unpacked. */
  maxTotalBytes: number;
  /** Unpacked / packed size of one part; only checked for parts past `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
}

/**
 * Real documents unpack to a few megabytes (a 300-page handbook's document.xml is ~20 MB) and their XML
 * compresses 5-30 times; deflate cannot exceed ~1,030 times, which is what bombs use.
 */
export const ZIP_LIMITS: ZipLimits = { maxTotalBytes: 100 * 1024 * 1024, maxRatio: 200, ratioFromBytes: 1024 * 1024 };

export class ZipLimitError extends Error {}

/** The sizes JSZip reads from the zip directory, in a field it does not type. */
interface EntrySizes {
  compressedSize: number;
  uncompressedSize: number;
}

function sizesOf(file: JSZip.JSZipObject): EntrySizes {
  const data = (file as unknown as { _data?: Partial<EntrySizes> })._data;
  return { compressedSize: data?.compressedSize ?? 0, uncompressedSize: data?.uncompressedSize ?? 0 };
}

/**
 * Reads the zip directory (nothing is inflated) and refuses a package whose declared sizes are past the
 * limits. `label` names the file in the message (e.g. "ours.docx", "The file").
 */
export async function openBoundedZip(bytes: Uint8Array, label: string, limits = ZIP_LIMITS): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  checkDeclaredSizes(zip, label, limits);
  return zip;
}

export function checkDeclaredSizes(zip: JSZip, label: string, limits = ZIP_LIMITS): void {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const { compressedSize, uncompressedSize } = sizesOf(file);
    total += uncompressedSize;
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > limits.ratioFromBytes && ratio > limits.maxRatio) {
      throw new ZipLimitError(
        `${label} was refused: its part ${file.name} would unpack from ${size(compressedSize)} to ${size(uncompressedSize)} ` +
          `(${Math.round(ratio)} times); no real document is compressed that much, so the file is damaged or built to exhaust memory.`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ZipLimitError(
      `${label} was refused: it would unpack to ${size(total)}, more than the ${size(limits.maxTotalBytes)} ` +
        'any real document needs; the file is damaged or built to exhaust memory.',
    );
  }
}

/**
 * A part's text, inflated chunk by chunk and stopped as soon as it passes the size the zip directory
 * declared (the directory can lie; the declared sizes were checked by openBoundedZip). A part declared
 * past `maxBytes` is refused without inflating it. A byte-order mark is dropped: XML parsers reject it
 * before the declaration.
 */
export function readZipText(file: JSZip.JSZipObject, label: string, maxBytes = Infinity): Promise<string> {
  const declared = sizesOf(file).uncompressedSize;
  if (declared > maxBytes) {
    return Promise.reject(
      new ZipLimitError(
        `${label} was refused: its part ${file.name} is ${size(declared)} unpacked, past the ${size(maxBytes)} limit.`,
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let read = 0;
    // JSZip's chunked reader (what async() accumulates), untyped in its declarations.
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream(
      'uint8array',
    );
    stream
      .on('data', (chunk: Uint8Array) => {
        read += chunk.length;
        if (read > declared) {
          stream.pause();
          chunks.length = 0;
          reject(
            new ZipLimitError(
              `${label} was refused: its part ${file.name} unpacks to more than the ${size(declared)} its zip directory declares; the file is damaged or built to exhaust memory.`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => reject(e))
      .on('end', () => {
        const all = new Uint8Array(read);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve(new TextDecoder().decode(all).replace(/^\uFEFF/, ''));
      })
      .resume();
  });
}

interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', listener: (e: Error) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
