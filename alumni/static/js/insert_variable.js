// The template editor's "Insert" buttons put {{ name }} where the cursor is in the message.
// Without this script the list of variables is still there to read and copy.
(function () {
  "use strict";
  document.querySelectorAll("[data-insert-into]").forEach(function (list) {
    var field = document.getElementById(list.getAttribute("data-insert-into"));
    if (!field) { return; }
    list.querySelectorAll("button.insert-variable").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = "{{ " + button.getAttribute("data-variable") + " }}";
        var start = field.selectionStart, end = field.selectionEnd;
        field.value = field.value.slice(0, start) + text + field.value.slice(end);
        field.focus();
        field.selectionStart = field.selectionEnd = start + text.length;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      });
    });
  });
})();
