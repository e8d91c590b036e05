// Reading settings: theme, font, text size and line width, shown as data attributes on <html>
// (the stylesheet does the rest) and remembered in this browser's localStorage. The page head
// applies the remembered values before the first paint; this script wires the settings panel.
(function () {
  'use strict';

  var KEY = 'quire.reading';
  var NAMES = ['theme', 'font', 'size', 'width'];
  var root = document.documentElement;
  var panel = document.getElementById('reading-settings');

  function load() {
    try {
      return JSON.parse(localStorage.getItem(KEY)) || {};
    } catch (e) {
      return {};
    }
  }

  function save(settings) {
    try {
      localStorage.setItem(KEY, JSON.stringify(settings));
    } catch (e) {
      // Storage may be off (private windows): the choice then lasts until the page is left.
    }
  }

  // Checks the remembered choice of each setting (or the default) and applies it.
  function show(settings) {
    NAMES.forEach(function (name) {
      panel.querySelectorAll('input[name=' + name + ']').forEach(function (input) {
        if (input.value === settings[name]) {
          input.checked = true;
        }
      });
      var checked = panel.querySelector('input[name=' + name + ']:checked');
      if (checked) {
        root.setAttribute('data-' + name, checked.value);
      }
    });
  }

  if (!panel) {
    return;
  }
  show(load());

  panel.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'radio' || NAMES.indexOf(input.name) < 0) {
      return;
    }
    var settings = load();
    settings[input.name] = input.value;
    root.setAttribute('data-' + input.name, input.value);
    save(settings);
  });

  // Escape closes the open panel and gives focus back to its toggle.
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && panel.open) {
      panel.open = false;
      panel.querySelector('summary').focus();
    }
  });

  // The open panel covers the page below it; a click or tap elsewhere puts it away.
  document.addEventListener('click', function (event) {
    if (panel.open && !panel.contains(event.target)) {
      panel.open = false;
    }
  });

  // A change made in another tab shows here too.
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      show(load());
    }
  });
})();
