// The figures module's page script. The build (`cargo xtask figures`) puts it after the
// module's wasm-bindgen glue in one file, named after its content, which each calculator
// page asks for first, right after its policy; the import below then names the glue's own
// functions, and the wasm's name becomes its content name. It starts the small wasm of
// crates/figures, which reads the link's query, and writes the first figures into the
// pre-rendered view; it follows typing until the app has taken the view over (the app
// removes `data-prerendered` from #app when it starts), then does nothing more. What the
// figures are and how they read is the wasm's business; this only puts its texts where
// they go.
import init, { start, input, pause, check_after_ms } from './figures.js';

const app = document.getElementById('app');
// The view is still the pre-rendered one, not the app's.
const ours = () => app && app.hasAttribute('data-prerendered');
const byTestid = (id) => app.querySelector(`[data-testid="${id}"]`);
let prefix = '';

// The message under a field, or none: as the app's field_error draws it.
function setError(name, message) {
  const id = `field-${name}-error`;
  const old = document.getElementById(id);
  if (old) old.remove();
  const approach = name === 'approach';
  const control = approach
    ? app.querySelector('input[name="approach"]')?.closest('fieldset')
    : document.getElementById(`field-${name}`);
  if (!control) return;
  if (message) {
    const span = document.createElement('span');
    span.className = 'field-error';
    span.id = id;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = `${prefix} `;
    span.append(hidden, message);
    if (approach) control.querySelector('legend').after(span);
    else control.parentElement.append(span);
  }
  if (approach) {
    if (message) control.setAttribute('aria-describedby', id);
    else control.removeAttribute('aria-describedby');
  } else {
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    control.setAttribute('aria-describedby', message ? `field-${name}-hint ${id}` : `field-${name}-hint`);
  }
}

// A status line (`data-testid`) right after a heading, or none.
function setStatus(testid, headingId, text) {
  let p = byTestid(testid);
  if (!text) {
    if (p) p.remove();
    return;
  }
  if (!p) {
    p = document.createElement('p');
    p.className = 'status';
    p.dataset.testid = testid;
    document.getElementById(headingId)?.after(p);
  }
  p.textContent = text;
}

// Puts the patches the wasm returned into the page: each is its target's name, a line
// break, its text's length, a line break, and the text (crates/figures, `encode`).
function apply(patches) {
  if (!ours()) return;
  for (let at = 0; at < patches.length; ) {
    const nameEnd = patches.indexOf('\n', at);
    const lengthEnd = patches.indexOf('\n', nameEnd + 1);
    const [kind, name] = patches.slice(at, nameEnd).split(':');
    const end = lengthEnd + 1 + Number(patches.slice(nameEnd + 1, lengthEnd));
    const text = patches.slice(lengthEnd + 1, end);
    at = end;
    const finalRow = byTestid('payout-final')?.parentElement;
    if (kind === 'figure') {
      const e = byTestid(name);
      if (e) e.textContent = text;
    } else if (kind === 'text') {
      const e = document.getElementById(name);
      if (e) e.textContent = text;
    } else if (kind === 'value') {
      if (name === 'approach') {
        for (const r of app.querySelectorAll('input[name="approach"]')) r.checked = r.value === text;
      } else {
        const e = app.querySelector(`input[name="${name}"]`);
        if (e && e.value !== text) e.value = text;
      }
    } else if (kind === 'error') setError(name, text);
    else if (kind === 'error-prefix') prefix = text;
    else if (kind === 'results-missing') setStatus('results-missing', 'results-heading', text);
    else if (kind === 'status') setStatus('threshold-status', 'payout-heading', text);
    else if (kind === 'interim-note') {
      const note = byTestid('payout-interim')?.parentElement.querySelector('.figure-note');
      if (note) note.textContent = text;
    } else if (kind === 'final-label') {
      const label = finalRow?.querySelector('dt');
      if (label) label.textContent = text;
    } else if (kind === 'repayment' && finalRow) {
      finalRow.toggleAttribute('data-repayment', text !== '');
    }
  }
}

if (ours()) {
  await init({ module_or_path: new URL('./figures_bg.wasm', import.meta.url) });
  if (ours()) {
    // What the reader typed before this ran wins over the link, as in the app: kept in the
    // form and read as typing, then as a pause (its messages show).
    const typed = [...app.querySelectorAll('input')]
      .filter((e) => (e.type === 'radio' ? e.checked && !e.defaultChecked : e.value !== e.defaultValue))
      .map((e) => [e, e.value]);
    apply(start(location.search));
    if (typed.length) {
      for (const [e, value] of typed) {
        if (e.type === 'radio') e.checked = true;
        else e.value = value;
        input(e.name, value);
      }
      apply(pause());
    }
    let timer = 0;
    const done = () => {
      clearTimeout(timer);
      apply(pause());
    };
    const typing = (e) => {
      if (!ours() || !e.target.name) return;
      apply(input(e.target.name, e.target.value));
      clearTimeout(timer);
      timer = setTimeout(done, check_after_ms());
    };
    const listeners = [
      ['input', (e) => e.target.type !== 'radio' && typing(e)],
      ['change', (e) => e.target.type === 'radio' && typing(e)],
      ['focusout', () => ours() && done()],
    ];
    for (const [type, f] of listeners) app.addEventListener(type, f);
    // The app has started: it keeps what was typed from here on.
    addEventListener('TrunkApplicationStarted', () => {
      clearTimeout(timer);
      for (const [type, f] of listeners) app.removeEventListener(type, f);
    });
  }
}
