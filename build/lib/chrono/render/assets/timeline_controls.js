/* The timeline page (4 of 4): controls, keyboard use of the chart, pictures for print and download,
 * the test hooks and the start. */
  /* ---------------------------------------------------------------- controls */

  var presetRange = false;
  function setRange(which, keepUrl) {
    document.querySelectorAll(".range-btn").forEach(function (b) {
      b.classList.toggle("active", b.dataset.range === which);
    });
    var wasBroken = isBroken();
    state.range = which;
    if (!keepUrl) { writeUrl(); }
    if (data.broken && (wasBroken || isBroken())) { return redraw(true); }
    var range = which === "focus" && data.focus ? data.focus : data.fullRange;
    if (!range) { return Promise.resolve(); }
    presetRange = true;
    return Plotly.relayout(chart, { "xaxis.range": range.slice() }).then(function () { presetRange = false; });
  }

  function bindControls() {
    var timer = null;
    searchBox.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    });
    onlyFindings.addEventListener("change", update);
    document.querySelectorAll("details.filter").forEach(function (menu) {
      menu.addEventListener("change", update);
      menu.querySelectorAll("[data-select]").forEach(function (button) {
        button.addEventListener("click", function () {
          menu.querySelectorAll("input[type=checkbox]").forEach(function (box) {
            box.checked = button.dataset.select === "all";
          });
          update();
        });
      });
      menu.addEventListener("toggle", function () {
        if (!menu.open) { return; }
        document.querySelectorAll("details.filter").forEach(function (other) {
          if (other !== menu) { other.open = false; }
        });
      });
    });
    document.addEventListener("click", function (event) {
      document.querySelectorAll("details.filter[open]").forEach(function (menu) {
        if (!menu.contains(event.target)) { menu.open = false; }
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      document.querySelectorAll("details.filter[open]").forEach(function (menu) { menu.open = false; });
      if (state.selected) { clearDetails(); }
    });
    document.getElementById("chrono-reset").addEventListener("click", function () {
      searchBox.value = "";
      onlyFindings.checked = false;
      document.querySelectorAll("details.filter input[type=checkbox]").forEach(function (b) { b.checked = true; });
      update();
    });
    document.querySelectorAll(".range-btn").forEach(function (button) {
      button.addEventListener("click", function () { setRange(button.dataset.range); });
    });
    document.querySelectorAll(".details-btn, .pt-open").forEach(function (button) {
      button.addEventListener("click", function () {
        if (button.classList.contains("pt-open") && state.selected === button.dataset.eventId) {
          clearDetails();
          return;
        }
        showDetails(button.dataset.eventId, { focus: true, returnTo: button });
      });
    });
    chart.addEventListener("keydown", chartKey);
    var pointerDown = false;  /* a click focuses the chart too; only keyboard focus shows the cursor */
    chart.addEventListener("mousedown", function () { pointerDown = true; }, true);
    window.addEventListener("mouseup", function () { setTimeout(function () { pointerDown = false; }, 0); });
    chart.addEventListener("focus", function () {
      if (!pointerDown) { moveCursor(0); }
      pointerDown = false;
    });
    chart.addEventListener("blur", function () { if (state.cursor) { refreshAnnotations(); } });
    window.addEventListener("hashchange", function () {
      var linked = decodeURIComponent(location.hash.slice(1));
      if (byId.has(linked)) { showDetails(linked, { focus: true }); } else if (!linked && state.selected) { clearDetails(); }
    });
    phoneQuery.addEventListener("change", function () { placeDetails(state.selected || ""); });
    var resizeTimer = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(refreshAnnotations, 200);
    });
    chart.on("plotly_click", function (event) {
      var point = event && event.points && event.points[0];
      if (point && typeof point.customdata === "string" && byId.has(point.customdata)) {
        state.cursor = point.customdata;
        showDetails(point.customdata);
      }
    });
    chart.on("plotly_clickannotation", function (event) {
      var name = event && event.annotation && event.annotation.name;
      if (name && name.indexOf("cluster:") === 0) { zoomToCluster(Number(name.slice(8))); }
    });
    chart.on("plotly_relayout", function (change) {
      if (!change || "annotations" in change || "shapes" in change) { return; }
      var moved = Object.keys(change).some(function (k) { return k.indexOf("xaxis") === 0; });
      if (!moved) { return; }
      if (!presetRange) {
        document.querySelectorAll(".range-btn").forEach(function (b) { b.classList.remove("active"); });
      }
      refreshAnnotations();
    });
  }

  /* ---------------------------------------------------------------- keyboard on the chart */

  /* The events drawn now, in date order (the order of the chronology). */
  function drawnInOrder() {
    return data.events.filter(function (e) { return state.visible.has(e.id) && findPoint(e.id); })
      .map(function (e) { return e.id; });
  }

  /* Move the keyboard cursor by ``step`` events (0: stay, or start at the first); keep it in view. */
  function moveCursor(step, to) {
    var ids = drawnInOrder();
    if (!ids.length) { return Promise.resolve(); }
    var i = ids.indexOf(state.cursor);
    if (to === "first") { i = 0; } else if (to === "last") { i = ids.length - 1; }
    else if (i < 0) { i = ids.indexOf(state.selected) >= 0 ? ids.indexOf(state.selected) : firstInView(ids); } else { i = Math.min(Math.max(i + step, 0), ids.length - 1); }
    state.cursor = ids[i];
    var e = byId.get(state.cursor);
    cursorNote.textContent = format(L.chart_cursor, { date: e.date, title: e.title, n: i + 1, total: ids.length });
    app.dataset.cursor = state.cursor;
    return revealCursor().then(refreshAnnotations);
  }

  /* The first of ``ids`` whose mark is inside the shown time range (else the first). */
  function firstInView(ids) {
    for (var n = 0; n < ids.length; n++) {
      var found = findPoint(ids[n]);
      var xa = axisOf(found.trace), t = found.trace, i = found.index;
      var a = t.meta.kind === "band" ? xa.d2l(t.base[i]) : xa.d2l(t.x[i]);
      var b = t.meta.kind === "band" ? a + t.x[i] : a;
      if (b >= xa.r2l(xa.range[0]) && a <= xa.r2l(xa.range[1])) { return n; }
    }
    return 0;
  }

  function revealCursor() {
    var found = findPoint(state.cursor);
    if (!found || isBroken()) { return Promise.resolve(); }
    var xa = axisOf(found.trace);
    var t = found.trace, i = found.index;
    var lo = xa.r2l(xa.range[0]), hi = xa.r2l(xa.range[1]);
    var a = t.meta.kind === "band" ? xa.d2l(t.base[i]) : xa.d2l(t.x[i]);
    var b = t.meta.kind === "band" ? a + t.x[i] : a;
    if (b >= lo && a <= hi) { return Promise.resolve(); }
    var width = hi - lo, middle = (a + b) / 2;
    if (b - a > width) { width = (b - a) * 1.1; }
    presetRange = true;
    return Plotly.relayout(chart, { "xaxis.range": [xa.l2r(middle - width / 2), xa.l2r(middle + width / 2)] })
      .then(function () { presetRange = false; });
  }

  function chartKey(event) {
    var keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in keys) {
      event.preventDefault();
      moveCursor(keys[event.key]);
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      moveCursor(0, event.key === "Home" ? "first" : "last");
    } else if ((event.key === "Enter" || event.key === " ") && state.cursor) {
      event.preventDefault();
      showDetails(state.cursor, { focus: true, returnTo: chart });
    }
  }

  /* ---------------------------------------------------------------- pictures of the chart */

  /* The chart as it is now, with the page title and a source line above it. */
  function picture(width) {
    var fl = chart._fullLayout;
    var layout = Object.assign({}, chart.layout, {
      title: { text: "<b>" + svgText(data.imageTitle) + "</b><br><span style='font-size:12px'>"
        + svgText(data.imageCredit) + "</span>", x: 0.01, xanchor: "left", xref: "paper", yref: "container",
        y: 1, yanchor: "top", pad: { t: 12 }, font: { size: 17 } },
      margin: Object.assign({}, fl.margin, { t: 84 }), width: width || fl.width, height: fl.height + 68
    });
    return Plotly.toImage({ data: chart.data, layout: layout, config: { locale: data.locale.name } },
      { format: "png", width: width || fl.width, height: fl.height + 68, scale: 2 });
  }

  function downloadImage() {
    return picture().then(function (url) {
      var link = el("a");
      link.href = url;
      link.download = "chronologie.png";
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  }

  var printTimer = null;
  function schedulePrintPicture() {
    clearTimeout(printTimer);
    printTimer = setTimeout(function () {
      picture(1100).then(function (url) {
        printChart.src = url;
        printChart.hidden = false;
        app.dataset.printReady = "true";
      });
    }, 800);
  }

  window.chronoTimeline = {
    eventCount: data.events.length,
    markerCount: markerCount,
    domMarkerCount: domMarkerCount,
    visibleEventIds: visibleIds,
    markerCenter: markerCenter,
    markerLabel: markerLabel,
    broken: Boolean(data.broken),
    zoom: function (range) { return Plotly.relayout(chart, { "xaxis.range": range }).then(refreshAnnotations); },
    openCluster: function (index) { zoomToCluster(index); },
    clusters: function () { return clusters.map(function (c) { return c.items.map(function (i) { return i.id; }); }); },
    select: showDetails,
    setRange: setRange,
    search: function (text) { searchBox.value = text; return update(); }
  };

  Plotly.register(data.locale);
  var linkedRange = readUrl();
  readFilters();
  var first = new Set(data.events.filter(matches).map(function (e) { return e.id; }));
  Plotly.newPlot(chart, visibleTraces(first), data.figure.layout, config).then(function () {
    bindControls();
    updateCounts(first);
    return linkedRange ? setRange(linkedRange, true) : null;
  }).then(function () {
    var linked = decodeURIComponent(location.hash.slice(1));
    if (byId.has(linked)) { showDetails(linked); }
    return refreshAnnotations();
  }).then(function () {
    app.dataset.query = state.terms.join(" ");
    app.dataset.ready = "true";
    schedulePrintPicture();
  });
