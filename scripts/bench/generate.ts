/**
 * Synthetic content at national scale, for the benchmark: regions × charter frameworks with
 * realistic themes, standards, stages, costs and benefits, and councils with strategies and
 * action plans. Everything it writes is valid content (the benchmark runs the content check on it).
 *
 *   tsx scripts/bench/generate.ts <target-root> <scale>     (scale: 10 or 100; 1 writes nothing)
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';

export interface Scale {
  regions: number;
  councilsPerRegion: number;
  themes: number;
  standardsPerTheme: number;
  /** Editions of each region's charter; the newest is current, the others superseded. */
  editions: number;
}

/** 100× is about every English region and Wales (12) with ~350 councils. */
export function scaleFor(factor: number): Scale {
  if (factor <= 1) return { regions: 0, councilsPerRegion: 0, themes: 0, standardsPerTheme: 0, editions: 0 };
  const regions = Math.max(2, Math.round((factor / 100) * 12));
  return {
    regions,
    councilsPerRegion: Math.round((factor * 3.5) / regions),
    themes: 5,
    standardsPerTheme: 5,
    editions: factor >= 100 ? 3 : 2,
  };
}

/** A small deterministic PRNG so every run writes the same content. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const THEMES = [
  'Commitment to member development',
  'Strategic approach to member development',
  'Learning and development plan in place',
  'Learning and development is effective in building capacity',
  'Member development promotes work life balance and citizenship',
];
const SUBJECTS = [
  'Political and managerial leadership',
  'The council',
  'Members',
  'The member development group',
  'Officers',
  'The authority',
  'Group leaders',
  'Scrutiny members',
];
const VERBS = ['are committed to', 'has in place', 'review', 'promote', 'evaluate', 'support', 'publish', 'plan'];
const OBJECTS = [
  'the development of all members',
  'a learning and development policy',
  'a designated budget for member development',
  'individual development plans',
  'a structured induction for new members',
  'joint learning with officers and partners',
  'the impact of learning on performance',
  'support for members with caring responsibilities',
  'equality of access to decision making',
  'events that encourage future community leaders',
  'role descriptions for every member role',
  'a training needs discussion each year',
];
const ROLES = [
  'Learning and Development Manager',
  'Democratic Services',
  'Member Development Panel',
  'Director of HR',
  'Council Leader',
  'Monitoring Officer',
];

export function generateContent(root: string, factor: number): { files: number } {
  const scale = scaleFor(factor);
  const rand = random(factor);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`;
  const content = join(root, 'src/content');
  let files = 0;
  const write = (folder: string, name: string, text: string) => {
    mkdirSync(join(content, folder), { recursive: true });
    writeFileSync(join(content, folder, name), text);
    files++;
  };
  // js-yaml writes what Astro's reader (js-yaml) reads back unchanged: date-like text is quoted.
  const yaml = (data: unknown) => dump(data, { lineWidth: -1, noRefs: true });
  // Synthetic standards are mapped onto the real topic vocabulary, as an editor would map a new framework.
  const topics = readdirSync(join(content, 'topics')).map((f) => f.replace(/\.yaml$/, ''));
  const RELATIONSHIPS = ['equal', 'subset-of', 'superset-of', 'intersects-with'] as const;
  const STEPS = ['sign-up', 'action-plan', 'evidence', 'assessment', 'award', 'reassessment'] as const;

  for (let r = 1; r <= scale.regions; r++) {
    const region = `synthetic-region-${r}`;
    const org = `synthetic-employers-${r}`;
    const framework = `synthetic-charter-${r}`;
    write('regions', `${region}.yaml`, yaml({ name: `Synthetic Region ${r}`, kind: 'region', order: 100 + r }));
    write(
      'organisations',
      `${org}.yaml`,
      yaml({ name: `Synthetic Region ${r} Employers`, kind: 'regional-employers-organisation', regions: [region] }),
    );

    // Older editions lack the last standards of the last theme, so each edition's history has changes to show.
    const editionId = (e: number) => (e === scale.editions ? framework : `${framework}-edition-${e}`);
    const allThemes = THEMES.slice(0, scale.themes).map((title, t) => ({
      number: t + 1,
      title,
      standards: Array.from({ length: scale.standardsPerTheme }, (_, s) => ({
        number: `${t + 1}.${s + 1}`,
        title: sentence(),
        guidance: `${sentence()} ${sentence()}`,
        evidence: [sentence(), sentence()],
      })),
    }));
    const themes = allThemes;
    for (let e = 1; e <= scale.editions; e++) {
      const id = editionId(e);
      const missing = scale.editions - e;
      const editionThemes = allThemes.map((theme, t) =>
        t === allThemes.length - 1
          ? { ...theme, standards: theme.standards.slice(0, theme.standards.length - missing) }
          : theme,
      );
      const frontmatter = {
        title: `Synthetic Region ${r} Member Development Charter`,
        shortTitle: `Synthetic ${r} Charter`,
        owner: { organisation: org, certainty: 'stated' },
        regions: [region],
        charter: framework,
        ...(e > 1 ? { supersedes: editionId(e - 1) } : {}),
        // Editions of every region come out in the same years, so old pair addresses are kept only
        // for editions that were in force together (src/lib/crosswalk/pair-routes.ts).
        edition: {
          label: `Edition ${e}`,
          published: { asPublished: `April ${2010 + 4 * e}`, month: `${2010 + 4 * e}-04` },
        },
        status: e === scale.editions ? 'current' : 'superseded',
        provenance: { kind: 'source' },
        source: { title: `Synthetic charter ${r} (benchmark content)`, file: 'sources/east-midlands-charter.txt' },
        levels: [
          { id: 'level-1', name: 'Level 1' },
          { id: 'level-2', name: 'Level 2' },
        ],
        stages: ['Signing up', 'Action plan', 'Evidence', 'Assessment', 'Award', 'Re-assessment'].map((title, i) => ({
          number: i + 1,
          title,
          step: STEPS[i],
          description: `${sentence()} ${sentence()}`,
        })),
        reassessment: {
          asPublished: 'A re-assessment will take place within 3 years.',
          years: 3,
          method: 'Desktop review',
        },
        themes: editionThemes,
      };
      write(
        'frameworks',
        `${id}.mdx`,
        `---\n${yaml(frontmatter)}---\n\n${Array.from({ length: 4 }, sentence).join(' ')}\n\n## Why\n\n${Array.from({ length: 6 }, sentence).join(' ')}\n`,
      );
      const mapped = new Set<string>();
      const mappings = editionThemes
        .flatMap((t) => t.standards)
        .map((standard) => {
          const chosen = [...new Set([pick(topics), pick(topics)])];
          chosen.forEach((topic) => mapped.add(topic));
          return {
            standard: standard.number,
            topics: chosen.map((topic) => ({ topic, relationship: pick(RELATIONSHIPS) })),
          };
        });
      write(
        'mappings',
        `${id}.yaml`,
        yaml({ framework: id, mappings, notCovered: topics.filter((t) => !mapped.has(t)).slice(0, 3) }),
      );
    }
    const line = (activity: string, unitPrice: number, quantity = 1) => ({
      activity,
      unitPrice,
      quantity,
      asPublished: `${activity} - £${unitPrice}${quantity > 1 ? ` x ${quantity}` : ''}`,
    });
    write(
      'costs',
      `${framework}.yaml`,
      yaml({
        framework,
        currency: 'GBP',
        basis: sentence(),
        priceLists: [
          {
            id: 'level-1-first-time',
            title: 'First time',
            level: 'level-1',
            pathway: 'first-time',
            lines: [
              line('Introductory meeting', 700),
              line('Review of evidence', 1500),
              line('Assessment visit', 750, 2),
              line('Award', 80),
            ],
            publishedTotal: 3780,
          },
          {
            id: 'level-1-reassessment',
            title: 'Re-assessment',
            level: 'level-1',
            pathway: 'reassessment',
            lines: [line('Review of evidence', 1500), line('Assessment visit', 750, 2)],
            publishedTotal: 3000,
          },
        ],
        recurringFees: [
          { activity: 'Portal licence', amount: 750, period: 'year', asPublished: 'Portal licence - £750' },
        ],
      }),
    );
    write(
      'benefits',
      `${framework}.yaml`,
      yaml({
        framework,
        groups: [{ id: 'benefits', section: 'Benefits', kind: 'benefits', items: Array.from({ length: 8 }, sentence) }],
      }),
    );

    for (let c = 1; c <= scale.councilsPerRegion; c++) {
      const council = `synthetic-council-${r}-${c}`;
      write(
        'councils',
        `${council}.yaml`,
        yaml({ name: `Synthetic Council ${r}-${c}`, type: 'district-council', region }),
      );
      write(
        'strategies',
        `${council}.yaml`,
        yaml({
          council,
          title: 'Member Development Strategy 2025/26',
          period: { asPublished: '2025/26', startYear: 2025, endYear: 2026 },
          developedBy: 'Member Development Group',
          adoption: { by: 'Full Council', asPublished: 'Adopted by Full Council' },
          source: {
            title: `Synthetic strategy ${r}-${c}`,
            file: 'sources/derbyshire-member-development-strategy-2020-21.txt',
          },
          charters: [{ framework, commitment: sentence() }],
          sections: Array.from({ length: 6 }, (_, s) => ({
            number: s + 1,
            title: pick(THEMES),
            paragraphs: Array.from({ length: 4 }, (_, p) => ({
              number: `${s + 1}.${p + 1}`,
              text: `${sentence()} ${sentence()}`,
              ...(p === 0 ? { list: [sentence(), sentence(), sentence()] } : {}),
            })),
          })),
          commitments: { intro: 'The council commits to:', items: Array.from({ length: 6 }, sentence) },
        }),
      );
      write(
        'action-plans',
        `${council}.yaml`,
        yaml({
          council,
          framework,
          title: 'Member Development Charter – Action Plan',
          status: 'draft',
          source: { title: `Synthetic plan ${r}-${c}`, file: 'sources/harrow-draft-action-plan-2008.txt' },
          items: themes
            .flatMap((t) => t.standards)
            .map((s, i) => ({
              standard: s.number,
              need: sentence(),
              actions: [
                {
                  action: sentence(),
                  resources: 'Officer time',
                  due: {
                    asPublished: `${(i % 28) + 1} March 2026`,
                    date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
                  },
                  owner: { asPublished: pick(ROLES), roles: [pick(ROLES)] },
                },
              ],
            })),
        }),
      );
    }
  }
  return { files };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [target, factor] = process.argv.slice(2);
  if (!target || !factor) {
    console.error('usage: tsx scripts/bench/generate.ts <target-root> <scale>');
    process.exit(2);
  }
  const { files } = generateContent(target, Number(factor));
  console.log(`wrote ${files} content files at ${factor}× into ${target}`);
}
