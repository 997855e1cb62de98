// The XMP metadata packet of a fiche's PDF (ISO 16684): the same title, author, subject and tool
// as the Info dictionary, and the language, which PDF/UA readers and archives look for there.
import { escapeHtml } from '../html.js';

export interface XmpFields {
  title: string;
  author: string;
  creator: string;
  subject?: string;
  language: string;
}

const alt = (text: string, lang: string) =>
  `<rdf:Alt><rdf:li xml:lang="${lang}">${escapeHtml(text)}</rdf:li></rdf:Alt>`;

/** The XMP packet (UTF-8 text) describing the document. */
export function xmpPacket(f: XmpFields): string {
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(f.title, 'x-default')}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeHtml(f.author)}</rdf:li></rdf:Seq></dc:creator>`,
    ...(f.subject ? [`<dc:description>${alt(f.subject, 'x-default')}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${escapeHtml(f.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreatorTool>${escapeHtml(f.creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ];
  return lines.join('\n');
}
