// Live preview of a message template: re-rendered on the server (the same sandbox that
// sends) as the editor types, with the SMS segment count and encoding in the staff
// member's words.
(function () {
  "use strict";
  var form = document.getElementById("template-form");
  if (!form) { return; }
  var url = form.getAttribute("data-preview-url");
  var token = form.querySelector("input[name=csrf_token]").value;
  var timer = null;

  function value(name) {
    var field = form.elements[name];
    if (!field) { return ""; }
    if (field.type === "checkbox") { return field.checked; }
    return field.value;
  }

  function show(data) {
    document.getElementById("preview-who").textContent = data.who || "";
    var subject = document.getElementById("preview-subject");
    subject.textContent = "";
    if (data.subject) {
      var strong = document.createElement("strong");
      strong.textContent = data.subject;
      subject.appendChild(strong);
    }
    document.getElementById("preview-body").textContent = data.body || "";
    // The server says the count in the staff member's language.
    document.getElementById("preview-segments").textContent = data.segment_words || "";
    document.getElementById("preview-warning").hidden = !data.too_long;
    var problem = document.getElementById("preview-problem");
    problem.textContent = data.problem || "";
    problem.hidden = !data.problem;
  }

  function refresh() {
    var body = {body: value("body"), subject: value("subject"), language: value("language") || "en",
                alumnus_id: value("alumnus_id"), discreet: value("discreet")};
    fetch(url, {method: "POST", credentials: "same-origin",
                headers: {"Content-Type": "application/json", "X-CSRFToken": token},
                body: JSON.stringify(body)})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) { show(data); } });
  }

  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
  form.addEventListener("change", refresh);
})();
