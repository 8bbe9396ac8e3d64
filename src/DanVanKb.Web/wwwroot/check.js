// The draft checker: "Áp dụng" puts a finding's suggestion in place of the text it flags, in the draft's
// textarea, so the corrected draft can be checked again or copied. Offsets are those of the checked text;
// the corrections already applied shift the ones after them.
(function () {
  "use strict";
  var area = document.getElementById("draft");
  if (!area) { return; }
  var applied = []; // { start, end, delta } in the checked text's offsets

  function shifted(offset) {
    var delta = 0;
    applied.forEach(function (a) { if (a.end <= offset) { delta += a.delta; } });
    return offset + delta;
  }

  function overlaps(start, end) {
    return applied.some(function (a) { return start < a.end && a.start < end; });
  }

  // where the written text is now: at its shifted offset, else (the writer edited the draft) nearby
  function locate(start, written) {
    var text = area.value;
    var at = shifted(start);
    if (text.substr(at, written.length) === written) { return at; }
    var found = text.indexOf(written, Math.max(0, at - 300));
    return found >= 0 && found <= at + 300 ? found : -1;
  }

  function say(button, message) {
    var status = button.parentNode.querySelector(".apply-status");
    if (status) { status.textContent = message; }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-apply]");
    if (!button || button.disabled) { return; }
    var start = parseInt(button.getAttribute("data-start"), 10);
    var end = parseInt(button.getAttribute("data-end"), 10);
    var written = button.getAttribute("data-written");
    var suggestion = button.getAttribute("data-suggestion");
    if (overlaps(start, end)) { say(button, "Đoạn này đã được sửa theo một gợi ý khác."); return; }
    var at = locate(start, written);
    if (at < 0) { say(button, "Không còn thấy “" + written + "” trong bài; hãy kiểm tra lại."); return; }
    area.value = area.value.slice(0, at) + suggestion + area.value.slice(at + written.length);
    applied.push({ start: start, end: end, delta: suggestion.length - written.length });
    button.disabled = true;
    button.textContent = "Đã áp dụng";
    say(button, "Đã sửa trong bài ở trên.");
    var item = button.closest("li.finding");
    if (item) { item.classList.add("applied"); }
    var note = document.getElementById("recheck-note");
    if (note) { note.hidden = false; }
  });
})();
