/**
 * Reads XML as a strict, conforming parser does: saxes checks well-formedness, XML 1.0's characters
 * included (a form feed or ESC is fatal), and throws on the first error; fast-xml-parser then gives
 * the document as data.
 */
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

export function parseXml(xml: string, isArray: (name: string) => boolean = () => false): Record<string, unknown> {
  const strict = new SaxesParser();
  strict.on('error', (error) => {
    throw error;
  });
  strict.write(xml).close();
  return new XMLParser({ isArray }).parse(xml);
}
