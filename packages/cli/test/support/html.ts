import { type DefaultTreeAdapterMap, type ParserError, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A parsed HTML document: the parse errors the HTML standard defines, and every element in order. */
export interface ParsedHtml {
  errors: ParserError[];
  elements: Element[];
}

/** Parses `html` with parse5 (a spec-compliant parser), collecting its parse errors. */
export function parseHtml(html: string): ParsedHtml {
  const errors: ParserError[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(error) });
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  return { errors, elements };
}

/** The text inside an element (its descendants' text nodes, concatenated). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** An attribute's value, if the element has it. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The value, or a failed assertion naming what was missing. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}
