/**
 * The pages no other test reads for content: home, the frameworks index, stages compared, 404 and the
 * accessibility statement. Each is compared with the content files (read from disk, not through the
 * functions that built the page) or with what the page must always say.
 */
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { realContent } from '../helpers/content';
import { page, text } from '../helpers/dist';

const { entries } = realContent();
const frameworks = entries.frameworks;
const hrefs = (path: string, selector: string) =>
  page(path)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href'));

describe('home', () => {
  it('links every framework and every council', () => {
    expect(frameworks.length).toBeGreaterThan(0);
    expect(entries.councils.length).toBeGreaterThan(0);
    const links = hrefs(paths.home(), 'main a');
    for (const fw of frameworks) expect(links, fw.id).toContain(paths.framework(fw.id));
    for (const council of entries.councils) expect(links, council.id).toContain(paths.council(council.id));
  });

  it('lists each framework under each region it covers', () => {
    const main = page(paths.home()).querySelector('main')!;
    for (const fw of frameworks) {
      for (const region of fw.data.regions) {
        const section = main.querySelector(`section[aria-labelledby="region-${region.id}"]`);
        expect(section, `${fw.id} in ${region.id}`).not.toBeNull();
        expect(section!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(paths.framework(fw.id));
      }
    }
  });
});

describe('the frameworks index', () => {
  it('has a card per framework file, titled as the file titles it, with its regions and status', () => {
    const cards = page(paths.frameworks()).querySelectorAll('main .card-list > li');
    expect(cards).toHaveLength(frameworks.length);
    const regionName = new Map(entries.regions.map((r) => [r.id, r.data.name]));
    for (const fw of frameworks) {
      const card = cards.find((c) => c.querySelector('h2 a')?.getAttribute('href') === paths.framework(fw.id));
      expect(card, fw.id).toBeDefined();
      expect(text(card!.querySelector('h2'))).toBe(fw.data.title);
      for (const region of fw.data.regions)
        expect(text(card), `${fw.id} names ${region.id}`).toContain(regionName.get(region.id)!);
      expect(text(card).toLowerCase(), fw.id).toContain(fw.data.status);
    }
  });
});

describe('stages compared', () => {
  it('shows every stage of every framework, and says so where a framework describes no process', () => {
    const main = page(paths.compareStages()).querySelector('main')!;
    const table = text(main.querySelector('table'));
    let stages = 0;
    for (const fw of frameworks) {
      for (const stage of fw.data.stages) {
        stages++;
        expect(table, `${fw.id}: ${stage.title}`).toContain(stage.title);
      }
    }
    expect(stages).toBeGreaterThan(0);
    const withoutProcess = frameworks.filter((fw) => fw.data.stages.length === 0);
    if (withoutProcess.length > 0) expect(table).toContain('Process not described in the source');
    expect(main.querySelectorAll('thead th a').map((a) => a.getAttribute('href'))).toEqual(
      frameworks.map((fw) => paths.framework(fw.id)),
    );
  });
});

describe('stages compared: timing rules', () => {
  /** The timing-rule fields of a framework file, with the label every framework's rule is shown under. */
  const RULES = {
    reassessment: 'Re-assessment',
    interimReview: 'Interim review',
    commitmentToAssessment: 'From commitment to assessment',
    awardDuration: 'How long an award lasts',
  } as const;

  it('shows every timing rule each framework states, labelled and in its own words, and "Not stated in the source" where it states none', () => {
    const main = page(paths.compareStages()).querySelector('main')!;
    let stated = 0;
    for (const fw of frameworks) {
      const section = main.querySelector(`#timing-${fw.id}`);
      expect(section, fw.id).not.toBeNull();
      const expected = Object.entries(RULES).flatMap(([field, label]) => {
        const rule = fw.data[field as keyof typeof RULES];
        return rule ? [[label, `“${rule.asPublished.replace(/\s+/g, ' ')}”`]] : [];
      });
      stated += expected.length;
      const shown = section!
        .querySelectorAll('.timing-rules > div')
        .map((d) => [text(d.querySelector('dt')), text(d.querySelector('.as-published'))]);
      expect(shown, fw.id).toEqual(expected);
      if (expected.length === 0) expect(text(section), fw.id).toContain('Not stated in the source');
      else expect(text(section), fw.id).not.toContain('Not stated in the source');
    }
    expect(stated).toBeGreaterThan(1);
    expect(frameworks.some((fw) => Object.keys(RULES).every((field) => !fw.data[field as keyof typeof RULES]))).toBe(
      true,
    );
  });
});

describe('404 and the accessibility statement', () => {
  it('the 404 page says the page was not found and links home and to search', () => {
    const doc = page('/404.html');
    expect(text(doc.querySelector('h1')).toLowerCase()).toContain('not found');
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toContain(paths.home());
  });

  it('the accessibility statement names the standard it is measured against and how to report a problem', () => {
    const main = text(page(paths.accessibility()).querySelector('main'));
    expect(main).toContain('Web Content Accessibility Guidelines version 2.2');
    expect(main.toLowerCase()).toMatch(/report|contact/);
  });
});
