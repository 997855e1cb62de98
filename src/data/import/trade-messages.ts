// After a refused trade import (and its rollback): re-reads the trade files to say, line by
// line and in French, what is wrong. Only runs on failure, so it may be slower than the load.
import fs from 'node:fs';
import { formatNumber } from '../../format/fr.js';
import { decodeText } from '../../reference/text.js';
import { fileNameHints, findLineIssues, type LineIssue } from '../dgddi-format.js';
import type { InputFile } from '../input-files.js';
import { fileLevelError } from './trade.js';

interface FileIssues {
  file: InputFile;
  issues: LineIssue[];
  count: number;
}

/** Reads a trade file's text for the line-level checks (BOM removed; UTF-8, else Windows-1252). */
function tradeText(file: InputFile): string {
  const buf = fs.readFileSync(file.diskPath);
  return decodeText(buf).text;
}

function formatIssues(all: FileIssues[], maxErrors: number): string {
  const total = all.reduce((n, f) => n + f.count, 0);
  const lines: string[] = [];
  for (const f of all) {
    for (const issue of f.issues) {
      if (lines.length >= maxErrors) break;
      lines.push(`  ${f.file.displayName}:${issue.line}: ${issue.reason}`);
    }
  }
  const more = total - lines.length;
  const head = `import refusé : ${formatNumber(total)} ligne${total > 1 ? 's' : ''} invalide${total > 1 ? 's' : ''} ; rien n'a été importé, la base est inchangée.`;
  return [head, ...lines, ...(more > 0 ? [`  … et ${formatNumber(more)} autre${more > 1 ? 's' : ''} erreur${more > 1 ? 's' : ''}.`] : [])].join('\n');
}

/** Line-numbered French messages for every invalid trade file (run after the rollback). */
export function describeInvalidTrade(files: InputFile[], detail: string, maxErrors: number): string {
  const found: FileIssues[] = [];
  for (const file of files.filter((f) => f.role.kind === 'trade')) {
    const levelError = fileLevelError(file);
    if (levelError) {
      found.push({ file, issues: [{ line: 1, reason: levelError }], count: 1 });
      continue;
    }
    const text = tradeText(file);
    if (text.trim() === '') {
      found.push({ file, issues: [{ line: 1, reason: 'aucune ligne de données' }], count: 1 });
      continue;
    }
    const { issues, count } = findLineIssues(text, fileNameHints(file.baseName), maxErrors);
    if (count > 0) found.push({ file, issues, count });
  }
  if (found.length === 0) return `import refusé ; rien n'a été importé, la base est inchangée. Fichier illisible : ${detail}`;
  return formatIssues(found, maxErrors);
}
