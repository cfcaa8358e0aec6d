// Shows a part of a form only when the choice it belongs to is made, e.g. the place for a
// meeting in person and the link for one online. Without this script every part stays
// visible and the server still checks that the chosen kind has what it needs.
//   <div data-shown-by="mode" data-show-for="in_person hybrid">…</div>
(function () {
  "use strict";
  var parts = document.querySelectorAll("[data-shown-by]");
  if (!parts.length) { return; }

  function chosen(form, name) {
    var control = form.elements[name];
    return control ? control.value : "";
  }

  function update() {
    parts.forEach(function (part) {
      var form = part.closest("form");
      if (!form) { return; }
      var wanted = part.getAttribute("data-show-for").split(/\s+/);
      part.hidden = wanted.indexOf(chosen(form, part.getAttribute("data-shown-by"))) === -1;
    });
  }

  document.addEventListener("change", update);
  update();
}());
