// Behaviour shared by every console page, kept out of the HTML so the pages run under the content security
// policy (script-src 'self', no inline script, no inline event handlers). Delegated from document, so it also
// covers content swapped in by htmx.
//   <form data-confirm="确认…？">       asks before submitting; cancel keeps the form unsent
//   <form data-award-action>            puts the awardId field into the action (/funds/awards/{id}/…) first
//   <button data-print>                 prints the page
//   <select data-autosubmit>            submits its form when the choice changes
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement)) { return; }
    if (form.hasAttribute('data-award-action') && form.elements.awardId) {
      form.action = form.action.replace(/awards\/\d+\//, 'awards/' + encodeURIComponent(form.elements.awardId.value.trim()) + '/');
    }
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { e.preventDefault(); }
  });
  document.addEventListener('click', function (e) {
    var t = e.target instanceof Element ? e.target.closest('[data-print]') : null;
    if (t) { e.preventDefault(); window.print(); }
  });
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t instanceof HTMLSelectElement && t.hasAttribute('data-autosubmit') && t.form) { t.form.submit(); }
  });
})();
