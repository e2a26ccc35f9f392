// Editors on a chapter page: marking a passage of the text offers to make it a draft Vorhaben. The form
// gets the selected text and which of its occurrences in the text it is; the server finds it in the source.
(() => {
  const form = document.getElementById('aus-auswahl');
  const body = document.querySelector('.chapter-text .chapter-body');
  if (!form || !body) return;
  const preview = form.querySelector('.selection-preview');
  const flat = (value) => value.replace(/\s+/g, ' ').trim();

  function occurrencesBefore(range, selected) {
    const before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const head = flat(before.toString());
    let count = 0;
    for (let at = head.indexOf(selected); at !== -1; at = head.indexOf(selected, at + 1)) count++;
    return count;
  }

  function update() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    const selected = flat(selection.toString());
    if (selected.length < 3) return;
    form.elements.text.value = selected;
    form.elements.occurrence.value = String(occurrencesBefore(range, selected));
    preview.textContent = selected.length > 160 ? `${selected.slice(0, 160)} …` : selected;
    form.hidden = false;
  }

  document.addEventListener('mouseup', update);
  document.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key === 'Shift') update();
  });
})();
