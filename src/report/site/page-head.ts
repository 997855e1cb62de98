// The opening of every site page's <head>, up to its title: one place for the charset, viewport,
// generator and the data: favicon (no page may ask the server, or anyone, for anything else).
import { escapeXml as esc } from '../../charts/svg.js';

export function pageHeadLines(toolVersion: string, title: string): string[] {
  return [
    `<!DOCTYPE html>`,
    `<html lang="fr">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="territrade ${esc(toolVersion)}">`,
    `<link rel="icon" href="data:,">`,
    `<title>${title}</title>`,
  ];
}
