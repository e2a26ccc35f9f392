// Keyboard shortcuts for the review queues — the extractor's candidates (/admin/kapitel/:slug/vorschlaege)
// and the proposals of evidence discovery (/admin/funde): single keys move between the cards and submit
// their existing forms. The page works without this script;
// the shortcuts can be switched off (WCAG 2.1.4) and never fire while typing in a field.
(() => {
  const list = document.getElementById('liste');
  if (!list) return;
  const help = document.getElementById('tastenkuerzel');
  const toggle = document.getElementById('shortcuts-on');
  const STORAGE_KEY = 'kt-review-shortcuts';
  const ACTIONS = { a: 'accept', r: 'reject', m: 'merge', o: 'reopen', u: 'undo' };

  const CARD = '[data-candidate], [data-proposal]';
  const cards = () => Array.from(list.querySelectorAll(CARD));
  const typing = (element) =>
    element instanceof HTMLElement && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));

  let enabled = true;
  try {
    enabled = localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    // Storage may be blocked; the shortcuts then stay on for this page.
  }

  function announceShortcuts() {
    for (const [key, action] of Object.entries(ACTIONS)) {
      for (const button of list.querySelectorAll(`form[data-action="${action}"] button[type="submit"]`)) {
        if (enabled) button.setAttribute('aria-keyshortcuts', key);
        else button.removeAttribute('aria-keyshortcuts');
      }
    }
  }

  if (help) help.hidden = false;
  if (toggle) {
    toggle.checked = enabled;
    toggle.addEventListener('change', () => {
      enabled = toggle.checked;
      announceShortcuts();
      try {
        localStorage.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
      } catch {
        // Not remembered, but still switched for this page.
      }
    });
  }
  announceShortcuts();

  let current;
  list.addEventListener('focusin', (event) => {
    const card = event.target instanceof Element ? event.target.closest(CARD) : null;
    if (card) current = card;
  });

  function focusCard(card) {
    if (!card) return;
    current = card;
    card.focus();
  }

  let submitting = false;

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (event.key === 'Escape' && typing(target)) {
      const card = target.closest(CARD);
      if (card) {
        event.preventDefault();
        focusCard(card);
      }
      return;
    }
    if (!enabled || typing(target) || submitting) return;

    const all = cards();
    const here = current ? all.indexOf(current) : -1;
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      const step = event.key === 'j' ? 1 : -1;
      const next = here === -1 ? (step === 1 ? 0 : all.length - 1) : here + step;
      if (next >= 0 && next < all.length) focusCard(all[next]);
      else {
        const page = document.querySelector(step === 1 ? 'a[rel="next"]' : 'a[rel="prev"]');
        if (page) window.location.href = page.href;
      }
      return;
    }

    const card = all[here];
    if (!card) return;
    if (event.key === 't') {
      const title = card.querySelector('form[data-action="accept"] input[name="title"]');
      if (title) {
        event.preventDefault();
        title.focus();
        title.select();
      }
      return;
    }
    const form = ACTIONS[event.key] ? card.querySelector(`form[data-action="${ACTIONS[event.key]}"]`) : null;
    if (!form) return;
    event.preventDefault();
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    submitting = true;
    form.requestSubmit();
  });

  // After an action the page opens at the next candidate, or at the first field to correct.
  const invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.closest('details')?.setAttribute('open', '');
    invalid.focus();
  } else if (/^#[\w-]+$/.test(window.location.hash)) {
    const target = document.getElementById(window.location.hash.slice(1));
    if (target === list) focusCard(cards()[0]);
    else if (target && target.matches(CARD)) focusCard(target);
  }
})();
