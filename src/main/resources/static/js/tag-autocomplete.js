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
        var question = input.dataset.kind + ':' + term;
        if (term.length < 2 || question === asked) { return; }
        asked = question;
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
  // The unwrangled queue's bulk target names a fandom, or a tag of the kind of the tags ticked.
  var target = document.getElementById('target');
  var action = document.getElementById('action');
  if (target && action) {
    var follow = function () {
      var ticked = document.querySelector('input[name="tags"][data-kind]:checked');
      if (action.value === 'fandom') {
        target.dataset.kind = 'fandom';
      } else if (ticked) {
        target.dataset.kind = ticked.dataset.kind;
      }
    };
    action.addEventListener('change', follow);
    document.addEventListener('change', function (event) {
      if (event.target.name === 'tags') { follow(); }
    });
  }
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
