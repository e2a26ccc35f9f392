// Progressive enhancement of the Vorhaben form: the topics field takes several names separated by
// commas, so its suggestions are the names not yet chosen, each after what is already typed.
for (const input of document.querySelectorAll('input[name="topics"][list]')) {
  const list = document.getElementById(input.getAttribute('list'));
  if (!list) continue;
  const names = [...list.options].map((option) => option.value);
  const offer = () => {
    const cut = input.value.lastIndexOf(',');
    const head = cut === -1 ? '' : `${input.value.slice(0, cut + 1).trimEnd()} `;
    const chosen = new Set(input.value.split(',').map((name) => name.trim().toLowerCase()));
    list.replaceChildren(
      ...names.filter((name) => !chosen.has(name.toLowerCase()) || cut === -1).map((name) => new Option('', head + name)),
    );
  };
  input.addEventListener('input', offer);
  input.addEventListener('focus', offer);
}
