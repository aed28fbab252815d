/**
 * The edits a publisher may make to any content without a code test turning red: a YAML comment at
 * the top of every content file (inside the front matter of an MDX file, which must open with `---`),
 * and a new standard, mapped to a topic, at the end of the first theme of every framework with standards.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMMENT = "# A publisher's note: checked against the source on 2026-12-03.";
export const NEW_STANDARD = { slug: 'publisher-added', title: 'A standard a publisher added.' };

/** Applies the edits to the content under `root` (a copy); returns the frameworks given a new standard. */
export function makePublisherEdits(root: string): string[] {
  const content = join(root, 'src/content');
  const topic = readdirSync(join(content, 'topics'))
    .sort()[0]!
    .replace(/\.yaml$/, '');
  const extended: string[] = [];
  for (const entry of readdirSync(content, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    let text = readFileSync(path, 'utf8');
    if (entry.name.endsWith('.mdx')) {
      text = text.replace(/^---\n/, `---\n${COMMENT}\n`);
      // The first theme's list of standards: a new item after its last, at the same indentation.
      const list = /^( *)standards:\n((\1 +)- [^\n]*\n(?:\3 [^\n]*\n)*)/m.exec(text);
      if (list) {
        const item = `${list[3]}- slug: ${NEW_STANDARD.slug}\n${list[3]}  title: "${NEW_STANDARD.title}"\n`;
        text = text.slice(0, list.index + list[0].length) + item + text.slice(list.index + list[0].length);
        extended.push(entry.name.replace(/\.mdx$/, ''));
      }
    } else {
      text = `${COMMENT}\n${text}`;
    }
    writeFileSync(path, text);
  }
  for (const id of extended) {
    const path = join(content, 'mappings', `${id}.yaml`);
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.replace(
        /^mappings:\n/m,
        `mappings:\n  - standard: ${NEW_STANDARD.slug}\n    topics:\n      - { topic: ${topic}, relationship: intersects-with }\n`,
      ),
    );
  }
  return extended;
}
