// Offers existing tags, canonical first, while a tag field is typed in. The field holds tags
// separated by commas, so each offer is the whole field with its last tag completed: the browser's
// own list (a <datalist>) then works with the keyboard and screen readers as any input's does.
(function () {
  'use strict';
  function offer(input, list) {
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var value = input.value;
        var cut = value.lastIndexOf(',');
        var before = cut < 0 ? '' : value.slice(0, cut + 1) + ' ';
        var term = value.slice(cut + 1).trim();
        if (term.length < 2 || term === asked) { return; }
        asked = term;
        fetch('/autocomplete/tags?kind=' + encodeURIComponent(input.dataset.kind) + '&term=' + encodeURIComponent(term),
            { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (tags) {
            list.textContent = '';
            tags.forEach(function (tag) {
              var option = document.createElement('option');
              option.value = before + tag.name;
              option.label = tag.canonical ? tag.name + ' (canonical)' : tag.name;
              list.appendChild(option);
            });
          })
          .catch(function () { list.textContent = ''; });
      }, 200);
    });
  }
  document.querySelectorAll('input.tag-input[data-kind]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (list) { offer(input, list); }
  });
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
