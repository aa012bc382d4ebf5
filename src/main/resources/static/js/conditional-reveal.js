// Shows only the chosen radio's conditional fields. Without JavaScript every kind's fields stay visible
// (GOV.UK hides conditionals only under .js-enabled). aria-controls names the panel each radio reveals;
// no aria-expanded, which the radio role does not allow.
document.querySelectorAll('[data-oversight-reveal]').forEach((group) => {
  const radios = Array.from(group.querySelectorAll('input[type="radio"]'));
  const show = () => {
    radios.forEach((radio) => {
      const id = radio.getAttribute('data-aria-controls');
      const panel = id && document.getElementById(id);
      if (panel) {
        panel.classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
      }
    });
  };
  radios.forEach((radio) => {
    const id = radio.getAttribute('data-aria-controls');
    if (id && document.getElementById(id)) {
      radio.setAttribute('aria-controls', id);
    }
    radio.addEventListener('change', show);
  });
  show();
});
