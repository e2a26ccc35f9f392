// Keyboard shortcuts for the review queues — the extractor's candidates (/admin/kapitel/:slug/vorschlaege)
// and the proposals of evidence discovery (/admin/funde): single keys move between the cards and submit
// their existing forms. A decision is sent in the background and the page is brought up to date in
// place, so it keeps its position instead of reloading and scrolling. The page works without this script;
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
    // u takes back the card's last decision: an acceptance while its Vorhaben is a draft, or a rejection.
    const form = ACTIONS[event.key]
      ? (card.querySelector(`form[data-action="${ACTIONS[event.key]}"]`) ??
        (event.key === 'u' ? card.querySelector('form[data-action="reopen"]') : null))
      : null;
    if (!form) return;
    event.preventDefault();
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    form.requestSubmit();
  });

  // Decisions in the background (where the list says data-in-place): the answer (the queue after a redirect, or with a message at a field)
  // replaces the page's content in place; another page of the queue is simply opened.
  const STAY = { accept: 'next', reject: 'next' };
  list.addEventListener('submit', async (event) => {
    const form = event.target;
    if (!('inPlace' in list.dataset) || !(form instanceof HTMLFormElement) || !form.dataset.action || !window.fetch || !window.DOMParser)
      return;
    event.preventDefault();
    if (submitting) return;
    submitting = true;
    const card = form.closest(CARD);
    const before = cards();
    const index = before.indexOf(card);
    const id = card?.id;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      });
      const answered = new URL(response.url);
      const html = await response.text();
      const place = (url) => `${url.pathname}?${url.searchParams.get('seite') ?? '1'}`;
      // A decision answers with a redirect to the queue; a form sent back (422) is the queue at its own address.
      if (response.redirected && place(answered) !== place(new URL(window.location.href))) {
        window.location.assign(response.url);
        return;
      }
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      if (!fresh.getElementById('liste')) {
        window.location.assign(response.url);
        return;
      }
      const { scrollX, scrollY } = window;
      replaceContent(fresh);
      window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
      announceShortcuts();
      const invalidField = list.querySelector('[aria-invalid="true"]');
      if (invalidField) {
        invalidField.closest('details')?.setAttribute('open', '');
        invalidField.focus({ preventScroll: true });
        invalidField.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      } else {
        const next = continueAt(cards(), id, index, STAY[form.dataset.action] ?? 'same');
        if (next) {
          current = next;
          next.focus({ preventScroll: true });
          next.scrollIntoView({ block: 'nearest', behavior: 'instant' });
        }
      }
      if (response.redirected)
        history.replaceState(null, '', `${answered.pathname}${answered.search}${current?.id ? `#${current.id}` : ''}`);
    } catch {
      form.submit();
    } finally {
      submitting = false;
    }
  });

  /** The main content from the answer, keeping the list, the shortcuts' legend and the status line as elements. */
  function replaceContent(fresh) {
    const main = list.closest('main');
    const freshMain = fresh.querySelector('main');
    if (!main || !freshMain) return;
    const oldStatus = main.querySelector('p.flash[role="status"]');
    const nodes = [];
    for (const node of Array.from(freshMain.childNodes)) {
      if (node instanceof Element && node.tagName === 'SCRIPT') continue;
      if (node instanceof Element && node.id === 'liste') {
        list.replaceChildren(...Array.from(node.childNodes).map((child) => document.importNode(child, true)));
        nodes.push(list);
      } else if (node instanceof Element && node.id === 'tastenkuerzel' && help) {
        nodes.push(help);
      } else if (node instanceof Element && node.matches('p.flash[role="status"]') && oldStatus) {
        oldStatus.textContent = node.textContent;
        nodes.push(oldStatus);
      } else {
        nodes.push(document.importNode(node, true));
      }
    }
    for (const script of main.querySelectorAll('script')) nodes.push(script);
    main.replaceChildren(...nodes);
    document.title = fresh.title;
  }

  /** The card to go on with: after accepting or rejecting, the next open one (wrapping round); else the same. */
  function continueAt(all, id, index, how) {
    const kept = all.findIndex((card) => card.id === id);
    const same = all[kept] ?? all[Math.min(index, all.length - 1)];
    if (how !== 'next') return same;
    const from = kept === -1 ? index : kept + 1;
    const open = (card) => card.classList.contains('decision-open');
    return all.find((card, k) => k >= from && open(card)) ?? all.find(open) ?? same;
  }

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
