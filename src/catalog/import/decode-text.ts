/**
 * Bytes of a text file -> text. UTF-8 (with or without a byte-order mark) and UTF-16 with a mark;
 * anything else is read as Windows-1252, which is what Excel's plain "CSV" format writes on Windows.
 */
import { info, type Message } from '../../messages';

export function decodeText(bytes: Uint8Array): { text: string; messages: Message[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), messages: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), messages: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), messages: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      messages: [
        info(
          'import-encoding',
          'The file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV" format). If accented letters look wrong, save it as "CSV UTF-8".',
        ),
      ],
    };
  }
}
