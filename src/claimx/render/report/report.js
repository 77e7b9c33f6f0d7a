// claimx report: mounts articles from their templates, filters claims, links list and text.
// Everything it shows is already escaped markup from the templates; it never builds markup
// from strings, so no text of an article can become code.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claimx-data").textContent);
  var PAGE = Number(document.body.dataset.page) || 25;
  var ID = 0, TYPE = 1, KIND = 2, SPEAKER = 3, CONFIDENCE = 4, WORDS = 5;
  var container = document.getElementById("articles");
  var more = document.getElementById("more");
  var control = {
    type: document.getElementById("f-type"),
    kind: document.getElementById("f-kind"),
    speaker: document.getElementById("f-speaker"),
    confidence: document.getElementById("f-confidence"),
    confidenceValue: document.getElementById("f-confidence-value"),
    search: document.getElementById("f-search"),
    reset: document.getElementById("f-reset"),
    status: document.getElementById("f-status")
  };
  var mounted = new Map();
  var limit = PAGE;

  function currentFilter() {
    return {
      type: control.type.value,
      kind: control.kind.value,
      speaker: control.speaker.value,
      confidence: control.confidence.disabled ? 0 : Number(control.confidence.value),
      words: control.search.value.trim().toLowerCase()
    };
  }

  function isActive(filter) {
    return Boolean(filter.type || filter.kind || filter.speaker || filter.confidence > 0 || filter.words);
  }

  function matches(claim, filter) {
    if (filter.type && claim[TYPE] !== filter.type) return false;
    if (filter.kind && claim[KIND] !== filter.kind) return false;
    if (filter.speaker && claim[SPEAKER] !== filter.speaker) return false;
    if (filter.confidence > 0 && !(claim[CONFIDENCE] !== null && claim[CONFIDENCE] >= filter.confidence)) return false;
    if (filter.words && claim[WORDS].indexOf(filter.words) === -1) return false;
    return true;
  }

  function kept(index, filter) {
    var ids = new Set();
    data.articles[index].forEach(function (claim) {
      if (matches(claim, filter)) ids.add(claim[ID]);
    });
    return ids;
  }

  function mount(index) {
    if (mounted.has(index)) return mounted.get(index);
    var template = document.getElementById("tpl-" + index);
    var section = template.content.firstElementChild.cloneNode(true);
    var next = null;
    mounted.forEach(function (other, otherIndex) {
      if (otherIndex > index && (next === null || Number(next.dataset.index) > otherIndex)) next = other;
    });
    container.insertBefore(section, next);
    mounted.set(index, section);
    return section;
  }

  function showClaims(section, ids) {
    section.querySelectorAll("li[data-claim-item]").forEach(function (item) {
      item.hidden = !ids.has(item.dataset.claimItem);
    });
    section.querySelectorAll(".text [data-claim]").forEach(function (mark) {
      mark.classList.toggle("off", !ids.has(mark.dataset.claim));
    });
    section.querySelectorAll(".text .claim-no").forEach(function (number) {
      number.hidden = !ids.has(number.dataset.for);
    });
  }

  function apply() {
    var filter = currentFilter();
    var active = isActive(filter);
    var shown = new Map();
    var claimsShown = 0, claimsAll = 0;
    data.articles.forEach(function (claims, index) {
      var ids = kept(index, filter);
      claimsAll += claims.length;
      claimsShown += ids.size;
      var visible = !active || ids.size > 0;
      if (visible) shown.set(index, ids);
      var row = document.getElementById("row-" + index);
      if (row) {
        row.hidden = !visible;
        row.querySelector(".shown").textContent = active ? ids.size + " of " + claims.length : String(claims.length);
      }
    });
    var order = Array.from(shown.keys());
    order.slice(0, limit).forEach(mount);
    mounted.forEach(function (section, index) {
      var ids = shown.get(index);
      section.hidden = ids === undefined;
      if (ids !== undefined) showClaims(section, ids);
    });
    var waiting = order.filter(function (index) { return !mounted.has(index); }).length;
    more.hidden = waiting === 0;
    more.textContent = "Show more articles (" + waiting + " not shown)";
    control.status.textContent = active
      ? claimsShown + " of " + claimsAll + " claims, in " + shown.size + " of " + data.articles.length + " articles"
      : claimsAll + " claims in " + data.articles.length + " article" + (data.articles.length === 1 ? "" : "s");
    if (!control.confidence.disabled) control.confidenceValue.textContent = Number(control.confidence.value).toFixed(2);
  }

  function select(section, id, from) {
    section.querySelectorAll(".selected").forEach(function (element) {
      element.classList.remove("selected");
      element.removeAttribute("aria-current");
    });
    var marks = section.querySelectorAll('.text [data-claim="' + CSS.escape(id) + '"]');
    marks.forEach(function (mark) { mark.classList.add("selected"); });
    var item = section.querySelector('li[data-claim-item="' + CSS.escape(id) + '"]');
    if (item) {
      item.classList.add("selected");
      item.setAttribute("aria-current", "true");
    }
    if (from === "list" && marks.length) marks[0].scrollIntoView({ block: "center" });
    if (from === "text" && item) {
      item.scrollIntoView({ block: "nearest" });
      item.querySelector("button.pick").focus({ preventScroll: true });
    }
  }

  function openArticle(index) {
    var section = mount(index);
    apply();
    section.hidden = false;
    section.scrollIntoView({ block: "start" });
  }

  container.addEventListener("click", function (event) {
    var section = event.target.closest("section.article");
    if (!section) return;
    var mark = event.target.closest(".text [data-claim]");
    if (mark) {
      select(section, mark.dataset.claim, "text");
      return;
    }
    var item = event.target.closest("li[data-claim-item]");
    if (item) select(section, item.dataset.claimItem, "list");
  });

  document.addEventListener("click", function (event) {
    var opener = event.target.closest("[data-open]");
    if (opener) openArticle(Number(opener.dataset.open));
    var speaker = event.target.closest("[data-speaker-filter]");
    if (speaker) {
      control.speaker.value = speaker.dataset.speakerFilter;
      apply();
      container.scrollIntoView({ block: "start" });
    }
  });

  more.addEventListener("click", function () {
    limit += PAGE;
    apply();
  });

  [control.type, control.kind, control.speaker].forEach(function (select) {
    select.addEventListener("change", apply);
  });
  control.confidence.addEventListener("input", apply);
  control.search.addEventListener("input", apply);
  control.reset.addEventListener("click", function () {
    control.type.value = control.kind.value = control.speaker.value = control.search.value = "";
    control.confidence.value = "0";
    apply();
  });

  apply();
})();
