/**
 * The self-assessment recorder's only script (the site's other pages ship none). It enables the
 * server-rendered form, keeps answers in localStorage and writes the downloads. It makes no
 * network requests: files are built in the page and saved from blob: URLs.
 */
import {
  answerOf,
  createAssessment,
  dueProblem,
  applicableStandards,
  storageKey,
  withAnswer,
  CSV_COLUMNS,
  ANSWER_LABELS,
  type Answer,
  type AssessedStandard,
  type PlanDetails,
  type Status,
} from '../lib/self-assessment/self-assessment';
import {
  importSizeProblem,
  parseAssessment,
  replaceQuestion,
  serialise,
} from '../lib/self-assessment/saved-assessment';
import { reconcile, type Reconciliation, type Renumbered } from '../lib/self-assessment/reconciliation';
import { progress, reportOf } from '../lib/self-assessment/progress';
import { actionPlanFrom } from '../lib/self-assessment/action-plan-export';
import { standardLabel, standardShortName } from '../lib/catalog/labels';
import { formatDate } from '../lib/catalog/dates';
import { NOT_ANSWERED, plural } from '../lib/catalog/wording';

const root = document.getElementById('self-assessment');
if (root) start(root);

function start(root: HTMLElement) {
  const frameworkId = root.dataset.framework!;
  const standards = JSON.parse(root.dataset.standards!) as AssessedStandard[];
  const key = storageKey(frameworkId);
  const form = root.querySelector<HTMLElement>('#sa-form')!;
  const problems = root.querySelector<HTMLElement>('#sa-problems')!;
  const changesBox = root.querySelector<HTMLElement>('#sa-changes')!;
  const banners = [...root.querySelectorAll<HTMLElement>('[data-sa-banner]')];

  /**
   * Shows a message in the notification banner beside the control that was used (the top one when
   * the page says something on its own), as GOV.UK does: a success banner is an alert, and after an
   * action the banner takes focus, which also scrolls it into view.
   */
  function say(text: string, { from, success = false }: { from?: Element; success?: boolean } = {}) {
    const banner = from?.closest('[data-sa-actions]')?.querySelector<HTMLElement>('[data-sa-banner]') ?? banners[0]!;
    for (const other of banners) other.hidden = other !== banner;
    banner.classList.toggle('notification-banner--success', success);
    banner.setAttribute('role', success ? 'alert' : 'region');
    banner.querySelector('[data-sa-banner-title]')!.textContent = success ? 'Success' : 'Important';
    banner.querySelector('[data-sa-banner-text]')!.textContent = text;
    banner.hidden = false;
    if (from) banner.focus();
  }

  let state = createAssessment(frameworkId, standards);
  const stored = readStorage(key);
  if (stored) {
    const parsed = parseAssessment(stored);
    if (parsed.ok) {
      const result = reconcile(parsed.assessment, frameworkId, standards);
      state = result.assessment;
      showChanges(result.changes);
    } else {
      say(`Your saved answers could not be read, so the form starts empty. ${parsed.error}`);
    }
  }

  root.querySelector('.sa-nojs')?.remove();
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
  form.querySelector<HTMLFieldSetElement>('.sa-all')!.disabled = false;
  // Printing now gives the report of the answers instead of the form (self-assessment.css).
  root.dataset.ready = '';
  fill();

  /** Stores the state; false (after saying so, unless `quiet`) when the browser refuses. */
  function save(quiet = false): boolean {
    try {
      localStorage.setItem(key, serialise(state));
      return true;
    } catch {
      if (!quiet)
        say(
          'This browser would not save your answers (its storage may be full or switched off). Download a JSON copy to keep them.',
        );
      return false;
    }
  }

  /** Puts the state into every control and refreshes what depends on it. */
  function fill() {
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('.sa-standard')) {
      const answer: Partial<Answer> = answerOf(state, fieldset.dataset.slug!) ?? {};
      for (const control of fieldset.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')) {
        const field = control.dataset.field as keyof Answer;
        if (control instanceof HTMLInputElement && control.type === 'radio')
          control.checked = answer.status === control.value;
        else control.value = (answer[field] as string | undefined) ?? '';
      }
      showDueProblem(fieldset, dueProblem(answer.due ?? ''));
    }
    for (const input of root.querySelectorAll<HTMLInputElement>('[data-plan]'))
      input.value = state.plan[input.dataset.plan as keyof PlanDetails];
    for (const input of form.querySelectorAll<HTMLInputElement>('[data-level-choice]'))
      input.checked = input.value === (state.level ?? '');
    showLevel();
    showProgress();
  }

  function showDueProblem(fieldset: HTMLElement, problem: string | undefined) {
    const input = fieldset.querySelector<HTMLInputElement>('[data-field="due"]')!;
    const error = fieldset.querySelector<HTMLElement>('.field-error')!;
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    error.textContent = problem ?? '';
  }

  function showLevel() {
    const shown = new Set(applicableStandards(standards, state.level).map((s) => s.slug));
    for (const fieldset of form.querySelectorAll<HTMLElement>('.sa-standard'))
      fieldset.hidden = !shown.has(fieldset.dataset.slug!);
    for (const section of form.querySelectorAll<HTMLElement>('.sa-theme'))
      section.hidden = !section.querySelector('.sa-standard:not([hidden])');
  }

  function showProgress() {
    const { themes, overall } = progress(state, standards);
    const rows = new Map<string, (typeof themes)[number]['tally'] | undefined>(
      [...root.querySelectorAll<HTMLElement>('tr[data-theme]')].map((tr) => [tr.dataset.theme!, undefined]),
    );
    for (const t of themes) rows.set(String(t.position), t.tally);
    rows.set('overall', overall);
    for (const [theme, tally] of rows) {
      // A flat list of standards has no row of its own (only the overall one).
      const tr = root.querySelector<HTMLElement>(`tr[data-theme="${theme}"]`);
      if (!tr) continue;
      tr.hidden = !tally;
      if (!tally) continue;
      for (const cell of tr.querySelectorAll<HTMLElement>('[data-tally]'))
        cell.textContent = String(tally[cell.dataset.tally as keyof typeof tally]);
    }
    root.querySelector('#sa-overall')!.textContent =
      `${overall.met} of ${overall.total} standards met; ${overall.total - overall.unanswered} answered.`;
    showReport();
  }

  /** The print view: each standard answered, with what was recorded, and the others in one line. */
  function showReport() {
    const { answered, unanswered } = reportOf(state, standards);
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string) =>
      Object.assign(document.createElement(tag), { textContent: text, ...(className && { className }) });
    const total = answered.length + unanswered.length;
    const parts: Node[] = [
      el(
        'p',
        answered.length
          ? `${answered.length} of ${total} standards answered.`
          : `None of the ${total} standards has been answered yet.`,
      ),
    ];
    for (const { standard, answer } of answered) {
      const item = el('div', '', 'sa-report-standard');
      item.append(el('h3', standardLabel(standard)));
      const list = item.appendChild(document.createElement('dl'));
      const due = answer.due.trim();
      const fields: [string, string][] = [
        [CSV_COLUMNS[3], answer.status ? ANSWER_LABELS[answer.status] : 'Not given'],
        [CSV_COLUMNS[4], answer.evidence.trim()],
        [CSV_COLUMNS[5], answer.action.trim()],
        [CSV_COLUMNS[6], due && !dueProblem(due) ? formatDate(due) : due],
        [CSV_COLUMNS[7], answer.owner.trim()],
      ];
      for (const [label, value] of fields) if (value) list.append(el('dt', label), el('dd', value));
      parts.push(item);
    }
    if (unanswered.length && answered.length)
      parts.push(el('p', `${NOT_ANSWERED} (${unanswered.length}): ${unanswered.map(standardShortName).join(', ')}.`));
    root.querySelector('[data-sa-report]')!.replaceChildren(...parts);
  }

  function showChanges(changes: Reconciliation['changes']) {
    changesBox.replaceChildren();
    changesBox.hidden = !changes;
    if (!changes) return;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
      const node = document.createElement(tag);
      if (text) node.textContent = text;
      return node;
    };
    const previous = (answer: Answer | undefined) => {
      if (!answer) return ' You had not answered it.';
      const parts = [
        answer.status && `status ${ANSWER_LABELS[answer.status]}`,
        answer.evidence && `evidence “${answer.evidence}”`,
        answer.action && `action “${answer.action}”`,
        answer.due && `by ${answer.due}`,
        answer.owner && `by whom “${answer.owner}”`,
      ];
      return ` Your previous answer: ${parts.filter(Boolean).join('; ')}.`;
    };
    const from =
      changes.previousFrameworkId === frameworkId
        ? 'The framework has changed'
        : `These answers were given against ${changes.previousFrameworkId}`;
    changesBox.append(el('h2', 'The standards have changed since these answers were saved'));
    changesBox.append(
      el(
        'p',
        `${from}. Answers were carried over for ${plural(changes.carried, 'standard')} whose wording is unchanged.`,
      ),
    );
    const list = (title: string, items: string[]) => {
      if (!items.length) return;
      changesBox.append(el('h3', title));
      const ul = el('ul');
      for (const item of items) ul.append(el('li', item));
      changesBox.append(ul);
    };
    const was = (s: Renumbered) =>
      s.previousNumber === undefined ? `“${s.title}” (no number before)` : s.previousNumber;
    list('New standards', changes.added.map(standardLabel));
    list(
      'Renumbered standards (answers carried over)',
      changes.renumbered.map((s) => `${was(s)} is now ${standardLabel(s)}`),
    );
    list(
      'Reworded standards (answer again)',
      changes.reworded.map(
        (s) => `${s.number ?? 'Standard'}: was “${s.previousTitle}”, now “${s.title}”.${previous(s.answer)}`,
      ),
    );
    list(
      'Standards no longer in the framework',
      changes.removed.map((s) => `${standardLabel(s)}.${previous(s.answer)}`),
    );
    say('The standards have changed since these answers were saved; see the list of changes.');
  }

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  function onInput(event: Event) {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (control instanceof HTMLInputElement && control.dataset.levelChoice !== undefined) {
      if (!control.checked) return;
      state = { ...state, level: control.value || undefined };
      showLevel();
    } else {
      const fieldset = control.closest<HTMLElement>('.sa-standard');
      const field = control.dataset.field as keyof Answer | undefined;
      if (!fieldset || !field) return;
      if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return;
      const slug = fieldset.dataset.slug!;
      if (field === 'due') {
        // A date input whose typed text is not a real day reports badInput and an empty value.
        const bad = control instanceof HTMLInputElement && control.validity.badInput;
        if (bad && event.type === 'input') return;
        showDueProblem(
          fieldset,
          bad ? 'That is not a real date: choose a day that exists, e.g. 30 June 2026.' : dueProblem(control.value),
        );
      }
      state = withAnswer(state, slug, { [field]: field === 'status' ? (control.value as Status) : control.value });
    }
    save();
    showProgress();
  }

  for (const input of root.querySelectorAll<HTMLInputElement>('[data-plan]')) {
    input.addEventListener('input', () => {
      state = { ...state, plan: { ...state.plan, [input.dataset.plan as keyof PlanDetails]: input.value } };
      save();
    });
  }

  for (const picker of root.querySelectorAll<HTMLInputElement>('[data-sa-import]'))
    picker.addEventListener('change', importFile);
  async function importFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const said = (text: string, success = false) => say(text, { from: input, success });
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // Checked before reading, so a huge file is never loaded into the page.
    const tooLarge = importSizeProblem(file.size);
    if (tooLarge) {
      said(`${file.name} was not imported. ${tooLarge}`);
      return;
    }
    const parsed = parseAssessment(await file.text());
    if (!parsed.ok) {
      said(`${file.name} was not imported. ${parsed.error}`);
      return;
    }
    const question = replaceQuestion(state, file.name);
    if (question && !window.confirm(question)) {
      said(`${file.name} was not imported; your answers are unchanged.`);
      return;
    }
    const result = reconcile(parsed.assessment, frameworkId, standards);
    const previous = state;
    state = result.assessment;
    if (!save(true)) {
      // Nothing was stored, so nothing was imported: show the answers the browser still holds.
      state = previous;
      said(
        `${file.name} was not imported: this browser would not save it (its storage may be full or switched off). Your answers are unchanged.`,
      );
      return;
    }
    fill();
    showChanges(result.changes);
    const count = Object.keys(state.answers).length;
    if (result.changes)
      said(
        `Imported ${file.name}; the standards have changed since it was saved: see the list of changes at the top of the page.`,
        true,
      );
    else said(`Imported ${file.name}: ${plural(count, 'answer')} restored.`, true);
  }

  root.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    problems.replaceChildren();
    switch (button.dataset.action) {
      case 'export-csv': {
        // The CSV writer is fetched on first use: most visitors never download a CSV.
        const { assessmentCsv } = await import('../lib/self-assessment/csv');
        download(`${frameworkId}-self-assessment.csv`, assessmentCsv(state, standards), 'text/csv;charset=utf-8');
        say('Downloaded the assessment as a CSV file.', { from: button, success: true });
        break;
      }
      case 'export-json':
        download(`${frameworkId}-self-assessment.json`, serialise(state), 'application/json');
        say('Downloaded the assessment as a JSON file; import it here to carry on.', { from: button, success: true });
        break;
      case 'export-plan': {
        const result = actionPlanFrom(state, standards);
        if (!result.ok) {
          const intro = document.createElement('p');
          intro.textContent = 'The action plan was not downloaded:';
          const ul = document.createElement('ul');
          for (const p of result.problems) ul.append(Object.assign(document.createElement('li'), { textContent: p }));
          problems.append(intro, ul);
          return;
        }
        const { actionPlanYaml } = await import('../lib/self-assessment/yaml');
        download(result.fileName, actionPlanYaml(result.plan), 'application/yaml');
        say(`Downloaded the action plan as ${result.fileName}.`, { from: button, success: true });
        break;
      }
      case 'print':
        window.print();
        break;
      case 'clear':
        if (!window.confirm('Clear every answer recorded for this framework in this browser?')) return;
        try {
          localStorage.removeItem(key);
        } catch {
          /* Nothing was stored. */
        }
        state = createAssessment(frameworkId, standards);
        showChanges(undefined);
        fill();
        say('Cleared: every answer has been removed from this browser.', { from: button, success: true });
        break;
    }
  });
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function download(fileName: string, content: string, type: string) {
  const href = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
