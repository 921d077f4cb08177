/**
 * A decompression bomb given to the CLI as a template: a .docx of a few hundred KB whose document part
 * unpacks to 400 MB. Time to refusal and the peak memory of the whole process (this file runs alone).
 * Self-contained, so the same file measures older versions of the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { constants, deflateRawSync } from 'zlib';
import { run } from '../src/cli/main';
import { report } from './measure';

const silent = { write: () => true };

/** A .docx of a few hundred KB whose document part unpacks to `mebibytes` MiB (1 MiB blocks repeated). */
function bomb(mebibytes: number): Buffer {
  const chunk = Buffer.from('<w:p/>'.repeat(Math.ceil((1024 * 1024) / 6)).slice(0, 1024 * 1024));
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  const data = Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([3, 0])]);
  const name = Buffer.from('word/document.xml');
  const header = (central: boolean) => {
    const h = Buffer.alloc(central ? 46 : 30);
    h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
    const at = central ? 6 : 4;
    if (central) h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, at);
    h.writeUInt16LE(8, at + 4);
    h.writeUInt16LE(0x21, at + 8);
    h.writeUInt32LE(data.length, at + 14);
    h.writeUInt32LE(mebibytes * 1024 * 1024, at + 18);
    h.writeUInt16LE(name.length, at + 22);
    return h;
  };
  const local = Buffer.concat([header(false), name, data]);
  const central = Buffer.concat([header(true), name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, central, end]);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jdb-bench-bomb-'));
  try {
    const template = path.join(dir, 'bomb.docx');
    writeFileSync(template, bomb(400));
    const t0 = performance.now();
    const argv = ['insert', '--template', template, '--out', path.join(dir, 'out.docx'), '--level', 'entry'];
    const code = await run(argv, { stdout: silent, stderr: silent });
    const ms = performance.now() - t0;
    report({
      name: `cli insert refusing a 400 MB-unpacked .docx bomb (exit ${code}), time`,
      value: Math.round(ms * 10) / 10,
      unit: 'ms',
    });
    report({
      name: 'cli insert refusing a 400 MB-unpacked .docx bomb, peak memory of the process',
      value: Math.round(process.resourceUsage().maxRSS / 1024),
      unit: 'MB',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
