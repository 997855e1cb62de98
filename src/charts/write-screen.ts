// The screen writer: a scene as the web's SVG, every node as built (tooltips, classes and data
// attributes for the page's scripts and styles), one element per line.
import type { SceneNode } from './scene.js';
import { attrs, escapeXml } from './svg.js';

/** Appends the lines of `node` (a fragment's children in its place) to `out`. */
export function writeNode(node: SceneNode, out: string[]): void {
  if (node.tag === '') {
    for (const child of node.children) writeNode(child, out);
    return;
  }
  if (node.full !== undefined) {
    // A shortened label: its full text as tooltip and accessible name.
    const { full, ...plain } = node;
    out.push('<g class="shortened">', `<title>${escapeXml(full)}</title>`);
    writeNode(plain, out);
    out.push('</g>');
    return;
  }
  const open = `<${node.tag}${attrs(node.attrs)}`;
  if (node.text !== undefined) {
    out.push(`${open}>${node.text}</${node.tag}>`);
  } else if (node.children.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const child of node.children) writeNode(child, out);
    out.push(`</${node.tag}>`);
  }
}

/** The SVG text of a chart's root node, ending with a newline. */
export function screenSvg(root: SceneNode): string {
  const out: string[] = [];
  writeNode(root, out);
  return out.join('\n') + '\n';
}
