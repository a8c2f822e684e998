// The quick picks for "They'll get back to you by…" count from the day HR said it: when
// the update's date changes, its picks are rebuilt from the weeks the server worked out
// (data-promise-weeks on the date input: each week's Monday -> its last working day, in
// the person's calendar). The rule mirrors interviews/promised.py's promise_picks: "End
// of this week" while that day is not before the date said, and "Next week" always.
(function () {
  "use strict";

  var DAY = 24 * 60 * 60 * 1000;

  function mondayOf(iso) {
    var day = new Date(iso + "T00:00:00Z");
    return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
  }

  function isoOf(day) {
    return day.toISOString().slice(0, 10);
  }

  function picksFor(said, weeks) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(said)) return [];
    var monday = mondayOf(said);
    var thisWeek = weeks[isoOf(monday)];
    var nextWeek = weeks[isoOf(new Date(monday.getTime() + 7 * DAY))];
    var picks = [];
    if (thisWeek && thisWeek[0] >= said) picks.push(["this", "End of this week", thisWeek]);
    if (nextWeek) picks.push(["next", "Next week", nextWeek]);
    return picks;
  }

  document.querySelectorAll("input[data-promise-weeks]").forEach(function (input) {
    var weeks = JSON.parse(input.getAttribute("data-promise-weeks"));
    var form = input.form;
    var none = form && form.querySelector("input[name=news_by_pick][value='']");
    if (!none) return;
    var template = none.closest(".form-check");
    var base = none.id.replace(/_0$/, "");

    function rebuild() {
      var checked = form.querySelector("input[name=news_by_pick]:checked");
      var kept = checked && checked.value ? checked.getAttribute("data-pick") : "";
      form.querySelectorAll("input[name=news_by_pick]").forEach(function (radio) {
        if (radio.value) radio.closest(".form-check").remove();
      });
      var after = template;
      var stillChosen = false;
      picksFor(input.value, weeks).forEach(function (pick, index) {
        var copy = template.cloneNode(true);
        var radio = copy.querySelector("input");
        var label = copy.querySelector("label");
        radio.id = base + "_" + (index + 1);
        radio.value = pick[2][0];
        radio.setAttribute("data-pick", pick[0]);
        radio.checked = pick[0] === kept;
        stillChosen = stillChosen || radio.checked;
        label.htmlFor = radio.id;
        label.textContent = pick[1] + " (" + pick[2][1] + ")";
        after.insertAdjacentElement("afterend", copy);
        after = copy;
      });
      if (!stillChosen) none.checked = !form.querySelector("input[name=news_by_pick]:checked");
    }

    // The picks as served carry no data-pick: name them once, by their labels' order.
    form.querySelectorAll("input[name=news_by_pick]").forEach(function (radio) {
      if (radio.value) {
        var label = form.querySelector("label[for='" + radio.id + "']");
        var text = label ? label.textContent : "";
        radio.setAttribute("data-pick", text.indexOf("Next week") === 0 ? "next" : "this");
      }
    });
    input.addEventListener("change", rebuild);
    input.addEventListener("input", rebuild);
  });
})();
