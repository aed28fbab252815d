/**
 * What Decap itself does not do for the editor's forms, done here by watching its page:
 * - an error summary at the top of the form, as GOV.UK shows one: "There is a problem", then every
 *   field Decap has marked with an error, each a link that moves focus to that field. Decap only
 *   shows each message beside its field (and a toast for a missing one), so a publisher had to
 *   scroll to find them.
 * - accessible names for the controls Decap draws with an icon only (a list item's expand, move
 *   and remove buttons, named after the item they act on) and a title for the preview frame.
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
  // Announced (role="alert") but not focused: Decap checks fields as they are typed in, and moving
  // focus away from the field being typed in would lose the publisher's place.
  if (!existing || existing.parentElement !== pane) pane.prepend(summary);
}

const setName = (element: Element | null | undefined, name: string) => {
  if (element && element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
};

/**
 * What axe finds missing in Decap's forms, put right: each list item's bar has its expand toggle
 * (the first button), its drag handle (a div with role="button") and its remove button (the last),
 * named after the item's summary line (Decap's collapsed label, present even when expanded); the
 * page text's editor and its toolbar; the preview frame's title.
 */
function fixControls() {
  for (const bar of document.querySelectorAll('[class*="ListItemTopBar"]')) {
    const item =
      bar.parentElement?.querySelector(':scope > [class*="NestedObjectLabel"]')?.textContent?.trim() || 'this item';
    const buttons = bar.querySelectorAll(':scope > button');
    setName(buttons[0], `Show or hide ${item}`);
    if (buttons.length > 1) setName(buttons[buttons.length - 1], `Remove ${item}`);
    setName(bar.querySelector(':scope > [role="button"]:not(button)'), `Move ${item}`);
  }
  // The page text's rich-text box (Slate, role="textbox") has a label that is not tied to it.
  for (const box of document.querySelectorAll('[data-slate-editor="true"][role="textbox"]')) {
    setName(
      box,
      box.closest('[class*="ControlContainer"]')?.querySelector('label')?.textContent?.trim() || 'Page text',
    );
  }
  // The rich text / Markdown switch starts without a state (Decap leaves aria-checked unset until used).
  for (const toggle of document.querySelectorAll('[class*="ToolbarToggle"][role="switch"]')) {
    setName(toggle, 'Markdown');
    if (!toggle.hasAttribute('aria-checked')) toggle.setAttribute('aria-checked', 'false');
  }
  // A toolbar menu (headings, components) is a focusable span around a focusable button: the
  // button (named by its title) stays the one control; the span's clicks and keys still reach it.
  for (const wrapper of document.querySelectorAll('[class*="ToolbarDropdownWrapper"] span[role="button"]')) {
    if (!wrapper.querySelector('button')) continue;
    for (const name of ['role', 'tabindex', 'aria-haspopup', 'aria-expanded']) wrapper.removeAttribute(name);
  }
  const preview = document.getElementById('preview-pane');
  if (preview && preview.title !== 'Preview of the page') preview.title = 'Preview of the page';
}

export function startErrorSummary() {
  const styles = document.createElement('style');
  // GOV.UK's error summary: a thick red border, a heading, red links.
  styles.textContent = `.cms-error-summary{margin:16px 20px;padding:16px 20px;border:5px solid #d4351c;background:#fff;font-size:16px}
.cms-error-summary h2{margin:0 0 12px;font-size:20px}
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
      fixControls();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
