/**
 * What Decap itself does not do for the editor's forms, done here by watching its page:
 * - an error summary at the top of the form, as GOV.UK shows one: "There is a problem", then every
 *   field Decap has marked with an error, each a link that moves focus to that field. Decap only
 *   shows each message beside its field (and a toast for a missing one), so a publisher had to
 *   scroll to find them.
 * - accessible names for the buttons Decap draws with an icon only (a list item's expand and
 *   remove buttons), named after the item they act on.
 * Decap's markup is found by its components' names, which its build keeps in class names
 * ("css-…-ControlErrorsList"); tests/browser/cms.test.ts drives both.
 */

const SUMMARY_ID = 'cms-error-summary';
const byName = (name: string) => `[class*="-${name}"]`;

/** Each field with an error: the id of its control (its label's `for`), its label and its messages. */
function problems(root: ParentNode): { id: string; label: string; message: string }[] {
  return [...root.querySelectorAll(`${byName('ControlErrorsList')}`)].flatMap((list) => {
    const label = list.parentElement?.querySelector('label');
    const messages = [...list.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '').filter(Boolean);
    return messages.map((message) => ({ id: label?.htmlFor ?? '', label: label?.textContent?.trim() ?? '', message }));
  });
}

function renderSummary() {
  const pane = document.querySelector(byName('ControlPaneContainer'));
  const existing = document.getElementById(SUMMARY_ID);
  const found = pane ? problems(pane) : [];
  const key = JSON.stringify(found);
  if (!found.length || !pane) return existing?.remove();
  if (existing?.dataset.problems === key && existing.parentElement === pane) return;
  const summary = existing ?? document.createElement('div');
  summary.id = SUMMARY_ID;
  summary.className = 'cms-error-summary';
  summary.dataset.problems = key;
  summary.setAttribute('role', 'alert');
  summary.setAttribute('aria-labelledby', `${SUMMARY_ID}-title`);
  summary.tabIndex = -1;
  summary.replaceChildren();
  const title = document.createElement('h2');
  title.id = `${SUMMARY_ID}-title`;
  title.textContent = 'There is a problem';
  const list = document.createElement('ul');
  for (const problem of found) {
    const link = document.createElement('a');
    link.href = `#${problem.id}`;
    link.textContent = problem.label ? `${problem.label}: ${problem.message}` : problem.message;
    // The editor's own address is its route (#/collections/…): focus the field without changing it.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const field = document.getElementById(problem.id);
      field?.scrollIntoView({ block: 'center' });
      field?.focus();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  summary.append(title, list);
  if (!existing || existing.parentElement !== pane) {
    pane.prepend(summary);
    summary.focus();
  }
}

/** The item a list item's buttons act on: its summary line, as Decap shows it collapsed. */
function nameButtons() {
  for (const bar of document.querySelectorAll(byName('ListItemTopBar'))) {
    const item = bar.textContent?.trim() || 'item';
    const buttons = [...bar.querySelectorAll('button')];
    // Decap's top bar: the expand/collapse toggle first, the remove button last.
    buttons.forEach((button, i) => {
      if (button.textContent?.trim()) return;
      const name = i === 0 ? `Show or hide ${item}` : `Remove ${item}`;
      if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
    });
  }
}

export function startErrorSummary() {
  const styles = document.createElement('style');
  // GOV.UK's error summary: a thick red border, a heading, red links.
  styles.textContent = `.cms-error-summary{margin:16px 20px;padding:16px 20px;border:5px solid #d4351c;background:#fff;font-size:16px}
.cms-error-summary:focus{outline:3px solid #fd0}.cms-error-summary h2{margin:0 0 12px;font-size:20px}
.cms-error-summary ul{margin:0;padding:0;list-style:none}.cms-error-summary li{margin-bottom:6px}
.cms-error-summary a{color:#d4351c;font-weight:bold;text-decoration:underline}`;
  document.head.append(styles);
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      renderSummary();
      nameButtons();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
