// Saved exclusions: a reader names the tags they are excluding and applies them again with one
// click. A guest's are kept in this browser (localStorage); a logged-in reader's with the account.
(function () {
  "use strict";
  var KEY = "quire.savedExclusions";
  var box = document.querySelector("[data-saved-filters]");
  if (!box) {
    return;
  }
  var list = box.querySelector(".saved-filter-list");
  var save = box.querySelector(".save-exclusions");
  var current = (box.getAttribute("data-exclusions") || "").split("|").filter(Boolean);

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(saved) ? saved : [];
    } catch (e) {
      return [];
    }
  }

  function store(saved) {
    localStorage.setItem(KEY, JSON.stringify(saved));
  }

  function applyUrl(exclusions) {
    var url = new URL(window.location.href);
    url.searchParams.delete("exclude");
    url.searchParams.delete("after");
    exclusions.forEach(function (tag) { url.searchParams.append("exclude", tag); });
    return url.pathname + "?" + url.searchParams.toString();
  }

  function render() {
    var saved = load();
    list.textContent = "";
    saved.forEach(function (filter, index) {
      var item = document.createElement("li");
      var apply = document.createElement("a");
      apply.href = applyUrl(filter.exclude);
      apply.textContent = filter.name;
      apply.title = "Exclude " + filter.exclude.join(", ");
      var remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Forget";
      remove.setAttribute("aria-label", "Forget the saved exclusions " + filter.name);
      remove.addEventListener("click", function () {
        var all = load();
        all.splice(index, 1);
        store(all);
        render();
      });
      item.appendChild(apply);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(remove);
      list.appendChild(item);
    });
    if (saved.length === 0) {
      var none = document.createElement("li");
      none.className = "note";
      none.textContent = "None yet: exclude some tags, then save them here.";
      list.appendChild(none);
    }
  }

  if (current.length > 0) {
    save.hidden = false;
    save.addEventListener("click", function () {
      var name = window.prompt("Name these exclusions (" + current.join(", ") + "):");
      if (name && name.trim()) {
        var saved = load().filter(function (f) { return f.name !== name.trim(); });
        saved.push({ name: name.trim(), exclude: current });
        store(saved);
        render();
      }
    });
  }
  render();
})();
