(function () {
  "use strict";
  var bar = document.getElementById("filters");
  var party = document.getElementById("party-filter");
  var boxes = Array.prototype.slice.call(bar.querySelectorAll("input[type=checkbox]"));
  function apply() {
    var wanted = party.value;
    var shown = {};
    boxes.forEach(function (box) { shown[box.value] = box.checked; });
    document.querySelectorAll(".item").forEach(function (el) {
      var parties = el.getAttribute("data-parties").split(" ");
      var partyOk = wanted === "" || parties.indexOf(wanted) >= 0;
      el.hidden = !(partyOk && shown[el.getAttribute("data-category")]);
    });
    document.querySelectorAll("section.category").forEach(function (section) {
      var items = section.querySelectorAll(".item");
      var someShown = section.querySelector(".item:not([hidden])") !== null;
      section.hidden = !shown[section.getAttribute("data-category")] || (items.length > 0 && !someShown);
    });
    document.querySelectorAll(".party-group").forEach(function (group) {
      group.hidden = group.querySelector(".item:not([hidden])") === null;
    });
  }
  party.addEventListener("change", apply);
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  bar.hidden = false;
  document.documentElement.setAttribute("data-filters", "ready");
  apply();
})();
