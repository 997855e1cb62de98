// A server that answers 200 with a web page (maintenance, login, moved file) instead of the data:
// recognised by its Content-Type or by its first bytes, so that the user is told so rather than
// shown an import error about columns.
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { UserError } from '../errors.js';

export function isHtmlContentType(headers: IncomingHttpHeaders): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(String(headers['content-type'] ?? ''));
}

/** True when the text starts like an HTML document (after a BOM and blanks). */
export function looksLikeHtml(start: string): boolean {
  return /^\uFEFF?\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|!--)/i.test(start);
}

export function fileLooksLikeHtml(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return looksLikeHtml(buffer.subarray(0, n).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

export function webPageError(url: string, fileName: string): UserError {
  return new UserError(
    `le serveur a renvoyé une page web, pas des données : ${url} (${fileName}). L'adresse a peut-être changé : ouvrez-la dans un navigateur.`,
  );
}
