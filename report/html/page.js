(function () {
  "use strict";
  var rank = { UNDEFINED: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
  var findings = Array.prototype.slice.call(document.querySelectorAll("tbody.finding"));
  var el = function (id) { return document.getElementById(id); };
  if (!findings.length) { return; }
  var keys = ["severity", "confidence", "rule", "file", "q"];
  var controls = ["f-severity", "f-confidence", "f-rule", "f-file", "f-text"].map(el);

  // The filter state lives in the URL fragment (#severity=HIGH&rule=B602)
  // so a filtered view can be bookmarked or shared.
  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    keys.forEach(function (k, i) { if (params.has(k)) { controls[i].value = params.get(k); } });
    if (params.has("collapsed")) { findings.forEach(function (f) { setOpen(f, false); }); }
  }
  function writeHash() {
    var params = new URLSearchParams();
    keys.forEach(function (k, i) { if (controls[i].value) { params.set(k, controls[i].value); } });
    var h = params.toString();
    if (h !== location.hash.slice(1)) { history.replaceState(null, "", h ? "#" + h : location.pathname + location.search); }
  }

  function apply() {
    var sev = controls[0].value, conf = controls[1].value, rule = controls[2].value,
      file = controls[3].value, text = controls[4].value.trim().toLowerCase(), shown = 0;
    findings.forEach(function (f) {
      var d = f.dataset;
      var ok = (!sev || rank[d.severity] >= rank[sev]) &&
        (!conf || rank[d.confidence] >= rank[conf]) &&
        (!rule || d.rule === rule) && (!file || d.file === file) &&
        (!text || f.querySelector(".summary-row").textContent.toLowerCase().indexOf(text) >= 0);
      f.hidden = !ok;
      if (ok) { shown++; }
    });
    el("shown").textContent = shown + " of " + findings.length + " shown";
    el("no-match").hidden = shown > 0;
    writeHash();
  }

  function setOpen(f, open) {
    f.classList.toggle("open", open);
    f.querySelector(".summary-row").setAttribute("aria-expanded", open ? "true" : "false");
  }

  controls.forEach(function (c) { c.addEventListener("input", apply); c.addEventListener("change", apply); });
  findings.forEach(function (f) {
    var row = f.querySelector(".summary-row");
    row.addEventListener("click", function () { setOpen(f, !f.classList.contains("open")); });
    row.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); setOpen(f, !f.classList.contains("open")); }
    });
  });
  el("expand-all").addEventListener("click", function () { findings.forEach(function (f) { setOpen(f, true); }); });
  el("collapse-all").addEventListener("click", function () { findings.forEach(function (f) { setOpen(f, false); }); });
  readHash();
  apply();
})();
