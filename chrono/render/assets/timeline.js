/* The timeline page: filters, search, range buttons and the details panel.
 * Article text arrives as JSON and is only ever put into the page with textContent. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("chrono-data").textContent);
  var L = data.labels;
  var app = document.getElementById("chrono-app");
  var chart = document.getElementById("chrono-chart");
  var detailsBody = document.getElementById("chrono-details-body");
  var searchBox = document.getElementById("chrono-search");
  var onlyFindings = document.getElementById("chrono-only-findings");
  var byId = new Map(data.events.map(function (e) { return [e.id, e]; }));
  var baseTraces = data.figure.data;
  var config = { locale: data.locale.name, responsive: true, displaylogo: false, scrollZoom: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
    toImageButtonOptions: { format: "png", filename: "chronologie", scale: 2 } };

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u00df/g, "ss").toLowerCase();
  }
  function format(template, fields) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return fields[key]; });
  }

  data.events.forEach(function (e) {
    var parts = [e.title, e.date, e.statusLabel, e.lane].concat(e.places, e.actors);
    e.sources.forEach(function (s) {
      parts.push(s.outlet, s.documentTitle);
      s.quotes.forEach(function (q) { parts.push(q.words, q.sentence); });
    });
    e.hay = fold(parts.join(" \u0001 "));
  });

  var state = { terms: [], documents: null, places: null, onlyFindings: false, selected: null };

  function checkedValues(name) {
    var boxes = document.querySelectorAll('input[type=checkbox][name="' + name + '"]');
    var set = new Set();
    boxes.forEach(function (box) { if (box.checked) { set.add(box.value); } });
    return set;
  }

  function matches(e) {
    if (state.onlyFindings && !e.findings.length) { return false; }
    if (e.documents.length && !e.documents.some(function (d) { return state.documents.has(d); })) { return false; }
    var places = e.places.length ? e.places : [data.noPlace];
    if (!places.some(function (p) { return state.places.has(p); })) { return false; }
    return state.terms.every(function (t) { return e.hay.indexOf(t) >= 0; });
  }

  function pick(value, keep, n) {
    if (Array.isArray(value)) {
      return value.length === n ? keep.map(function (i) { return value[i]; }) : value;
    }
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = pick(value[k], keep, n); });
      return out;
    }
    return value;
  }

  function visibleTraces(visible) {
    return baseTraces.map(function (trace) {
      var ids = trace.customdata || [];
      var keep = [];
      ids.forEach(function (id, i) { if (visible.has(id)) { keep.push(i); } });
      return keep.length === ids.length ? trace : pick(trace, keep, ids.length);
    });
  }

  function eventTraces() {
    return (chart.data || []).filter(function (t) { return t.meta && t.meta.role === "event"; });
  }

  function markerCount() {
    return eventTraces().reduce(function (n, t) { return n + (t.customdata || []).length; }, 0);
  }

  function domMarkerCount() {
    return chart.querySelectorAll(".cartesianlayer .point").length;
  }

  function visibleIds() {
    return eventTraces().reduce(function (ids, t) { return ids.concat(t.customdata || []); }, []);
  }

  function updateCounts(visible) {
    var text = format(L.visible_count, { visible: visible.size, total: data.events.length });
    document.getElementById("chrono-visible").textContent = text;
    app.dataset.visibleCount = String(visible.size);
    app.dataset.markerCount = String(markerCount());
    document.querySelectorAll("tr[data-event-id]").forEach(function (row) {
      row.hidden = !visible.has(row.dataset.eventId);
    });
    document.querySelectorAll("li[data-finding-id]").forEach(function (item) {
      item.hidden = Boolean(item.dataset.eventId) && !visible.has(item.dataset.eventId);
    });
  }

  var drawing = Promise.resolve();
  function redraw() {
    app.dataset.ready = "false";
    var visible = new Set(data.events.filter(matches).map(function (e) { return e.id; }));
    drawing = drawing.then(function () {
      return Plotly.react(chart, visibleTraces(visible), chart.layout, config);
    }).then(function () {
      updateCounts(visible);
      return markSelection();
    }).then(function () {
      app.dataset.query = state.terms.join(" ");
      app.dataset.ready = "true";
    });
    return drawing;
  }

  function readFilters() {
    state.documents = checkedValues("document");
    state.places = checkedValues("place");
    state.onlyFindings = onlyFindings.checked;
    state.terms = fold(searchBox.value).split(/\s+/).filter(Boolean);
    document.querySelectorAll("details.filter").forEach(function (menu) {
      var boxes = menu.querySelectorAll("input[type=checkbox]");
      var on = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
      menu.querySelector(".filter-state").textContent = on + "/" + boxes.length;
    });
  }

  function update() { readFilters(); return redraw(); }

  /* ---------------------------------------------------------------- details panel */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function sentenceNode(q) {
    var quote = el("blockquote");
    var text = q.sentence;
    if (q.mark && q.mark[1] <= text.length) {
      quote.appendChild(document.createTextNode(text.slice(0, q.mark[0])));
      quote.appendChild(el("mark", q.fromContext ? "anchor" : null, text.slice(q.mark[0], q.mark[1])));
      quote.appendChild(document.createTextNode(text.slice(q.mark[1])));
    } else {
      quote.textContent = text;
    }
    return quote;
  }

  function sourceCard(source) {
    var card = el("div", "source-card");
    card.dataset.document = source.document;
    var head = el("div", "s-head", source.outlet);
    head.appendChild(el("span", "s-pub", " \u00b7 " + L.source_published + " " + source.published));
    card.appendChild(head);
    source.quotes.forEach(function (q) {
      var words = L.source_words + ": \u201e" + q.words + "\u201c";
      if (q.fromContext) {
        words = L.source_context + (q.contextWords ? ": \u201e" + q.contextWords + "\u201c" : "");
        if (q.contextResolved) { words += " \u2192 " + q.contextResolved; }
      } else if (q.resolved) {
        words += " \u2192 " + q.resolved;
      }
      var item = el("div", "s-quote");
      var line = el("div", "s-words", words);
      if (q.statusLabel) {
        line.appendChild(document.createTextNode(" "));
        line.appendChild(el("span", "chip chip-planned", q.statusLabel));
      }
      item.appendChild(line);
      item.appendChild(sentenceNode(q));
      card.appendChild(item);
    });
    if (source.url) {
      var link = el("a", null, L.source_open);
      link.href = source.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      card.appendChild(link);
    }
    return card;
  }

  function findingCard(finding) {
    var card = el("div", "finding-card sev-" + finding.severity);
    card.dataset.findingId = finding.id;
    var head = el("div");
    head.appendChild(el("span", "chip chip-" + finding.severity, finding.severityLabel));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("strong", null, finding.kindLabel));
    card.appendChild(head);
    card.appendChild(el("div", null, finding.explanation));
    if (finding.sources.length) {
      var list = el("ul");
      finding.sources.forEach(function (s) {
        var line = s.outlet + ": \u201e" + s.quote + "\u201c" + (s.value ? " (" + s.value + ")" : "");
        list.appendChild(el("li", null, line));
      });
      card.appendChild(list);
    }
    return card;
  }

  function showDetails(id) {
    var e = byId.get(id);
    if (!e) { return; }
    state.selected = id;
    detailsBody.replaceChildren();
    var close = el("button", "d-close", L.details_close);
    close.type = "button";
    close.addEventListener("click", clearDetails);
    detailsBody.appendChild(close);
    var date = el("p", "d-date", e.date + " ");
    if (e.statusLabel) { date.appendChild(el("span", "chip chip-planned", e.statusLabel)); }
    detailsBody.appendChild(date);
    detailsBody.appendChild(el("h3", null, e.title));
    detailsBody.appendChild(el("p", "d-meta", e.places.length ? e.places.join(", ") : data.noPlace));
    if (e.actors.length) { detailsBody.appendChild(el("p", "d-meta", L.actors + ": " + e.actors.join(", "))); }
    var findings = e.findings.map(function (f) { return data.findings[f]; }).filter(Boolean);
    if (findings.length) {
      detailsBody.appendChild(el("div", "d-section", "\u26a0 " + L.findings_heading));
      findings.forEach(function (f) { detailsBody.appendChild(findingCard(f)); });
    }
    var heading = e.sources.length === 1 ? L.source_single : format(L.sources_count, { n: e.sources.length });
    detailsBody.appendChild(el("div", "d-section", heading));
    var list = el("div", "source-list");
    e.sources.forEach(function (s) { list.appendChild(sourceCard(s)); });
    detailsBody.appendChild(list);
    app.dataset.selected = id;
    history.replaceState(null, "", "#" + encodeURIComponent(id));
    markSelection();
  }

  function clearDetails() {
    state.selected = null;
    delete app.dataset.selected;
    history.replaceState(null, "", location.pathname + location.search);
    detailsBody.replaceChildren(el("p", "muted", L.details_empty));
    markSelection();
  }

  function findPoint(id) {
    var traces = chart.data || [];
    for (var t = 0; t < traces.length; t++) {
      var trace = traces[t];
      if (!trace.meta || trace.meta.role !== "event") { continue; }
      var i = (trace.customdata || []).indexOf(id);
      if (i >= 0) { return { trace: trace, index: i }; }
    }
    return null;
  }

  function svgText(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function truncate(text, chars) {
    return text.length <= chars ? text : text.slice(0, Math.max(chars - 1, 1)).replace(/\s+$/, "") + "\u2026";
  }

  /* Every drawn event as a horizontal stretch in pixels, grouped by row. */
  function drawnItems() {
    var xa = chart._fullLayout.xaxis;
    var rows = new Map();
    eventTraces().forEach(function (t) {
      (t.customdata || []).forEach(function (id, i) {
        var item = { id: id, y: t.y[i], band: t.meta.kind === "band" };
        if (item.band) {
          var start = xa.d2l(t.base[i]);
          item.a = xa.l2p(start);
          item.b = xa.l2p(start + t.x[i]);
        } else {
          var r = t.marker.size[i] / 2;
          item.a = xa.l2p(xa.d2l(t.x[i])) - r;
          item.b = item.a + 2 * r;
        }
        if (!rows.has(item.y)) { rows.set(item.y, []); }
        rows.get(item.y).push(item);
      });
    });
    rows.forEach(function (items) { items.sort(function (p, q) { return p.a - q.a; }); });
    return rows;
  }

  /* Titles beside markers and inside bands, wherever they fit at the current zoom. */
  function labelAnnotations() {
    var xa = chart._fullLayout.xaxis;
    var width = xa._length, charWidth = 6.4, minChars = 10, out = [];
    drawnItems().forEach(function (items) {
      items.forEach(function (item) {
        if (item.b < 0 || item.a > width || out.length >= 200) { return; }
        var title = byId.get(item.id).title;
        var start, room;
        var inside = item.band ? Math.min(item.b, width) - Math.max(item.a, 0) - 10 : 0;
        if (inside >= minChars * charWidth) {
          start = Math.max(item.a, 0) + 5;
          room = inside;
        } else {
          start = item.b + 9;
          var limit = width;
          items.forEach(function (other) {
            if (other !== item && other.b > start) { limit = Math.min(limit, other.a); }
          });
          room = limit - start - 8;
        }
        var chars = Math.floor(room / charWidth);
        if (chars < minChars || start < 0) { return; }
        out.push({ x: xa.l2d(xa.p2l(start)), y: item.y, xref: "x", yref: "y", xanchor: "left", yanchor: "middle",
          showarrow: false, text: svgText(truncate(title, chars)), font: { size: 11, color: "#1c2430" },
          name: "label" });
      });
    });
    return out;
  }

  var laneShapes = (data.figure.layout.shapes || []).slice();

  /* A ring around the selected marker, a frame around the selected band. */
  function selectionShapes() {
    var found = state.selected ? findPoint(state.selected) : null;
    if (!found) { return []; }
    var t = found.trace, i = found.index, line = { color: "#1c2430", width: 2.5 };
    if (t.meta.kind === "band") {
      var xa = chart._fullLayout.xaxis, start = xa.d2l(t.base[i]);
      return [{ type: "rect", xref: "x", yref: "y", x0: xa.l2d(start), x1: xa.l2d(start + t.x[i]),
        y0: t.y[i] - 0.42, y1: t.y[i] + 0.42, line: line, fillcolor: "rgba(0,0,0,0)", layer: "above" }];
    }
    var r = t.marker.size[i] / 2 + 5;
    return [{ type: "circle", xref: "x", yref: "y", xsizemode: "pixel", ysizemode: "pixel",
      xanchor: t.x[i], yanchor: t.y[i], x0: -r, x1: r, y0: -r, y1: r, line: line,
      fillcolor: "rgba(0,0,0,0)", layer: "above" }];
  }

  function refreshAnnotations() {
    return Plotly.relayout(chart, { annotations: labelAnnotations(), shapes: laneShapes.concat(selectionShapes()) });
  }

  function markSelection() {
    document.querySelectorAll("tr[data-event-id]").forEach(function (row) {
      row.classList.toggle("selected", row.dataset.eventId === state.selected);
    });
    return refreshAnnotations();
  }

  function bandMiddle(trace, i) {
    var xa = chart._fullLayout.xaxis;
    var start = xa.d2l(trace.base[i]);
    var end = start + trace.x[i];
    var lo = Math.max(start, xa.r2l(xa.range[0]));
    var hi = Math.min(end, xa.r2l(xa.range[1]));
    return xa.l2d(hi > lo ? (lo + hi) / 2 : (start + end) / 2);
  }

  /* Where an event's mark is on screen, for tests and keyboard users. */
  function markerCenter(id) {
    var found = findPoint(id);
    if (!found) { return null; }
    var fl = chart._fullLayout, xa = fl.xaxis, ya = fl.yaxis, t = found.trace, i = found.index;
    var x = t.meta.kind === "band" ? bandMiddle(t, i) : t.x[i];
    var box = chart.getBoundingClientRect();
    return { x: box.left + xa._offset + xa.l2p(xa.d2l(x)), y: box.top + ya._offset + ya.l2p(t.y[i]) };
  }

  /* ---------------------------------------------------------------- controls */

  var presetRange = false;
  function setRange(which) {
    document.querySelectorAll(".range-btn").forEach(function (b) {
      b.classList.toggle("active", b.dataset.range === which);
    });
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
    document.querySelectorAll(".details-btn").forEach(function (button) {
      button.addEventListener("click", function () {
        showDetails(button.dataset.eventId);
        document.getElementById("chrono-details").scrollIntoView({ block: "nearest", behavior: "smooth" });
      });
    });
    var resizeTimer = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(refreshAnnotations, 200);
    });
    chart.on("plotly_click", function (event) {
      var point = event && event.points && event.points[0];
      if (point && typeof point.customdata === "string" && byId.has(point.customdata)) {
        showDetails(point.customdata);
      }
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

  window.chronoTimeline = {
    eventCount: data.events.length,
    markerCount: markerCount,
    domMarkerCount: domMarkerCount,
    visibleEventIds: visibleIds,
    markerCenter: markerCenter,
    select: showDetails,
    setRange: setRange,
    search: function (text) { searchBox.value = text; return update(); }
  };

  Plotly.register(data.locale);
  readFilters();
  Plotly.newPlot(chart, baseTraces, data.figure.layout, config).then(function () {
    bindControls();
    updateCounts(new Set(data.events.map(function (e) { return e.id; })));
    var linked = decodeURIComponent(location.hash.slice(1));
    if (byId.has(linked)) { showDetails(linked); }
    return refreshAnnotations();
  }).then(function () {
    app.dataset.query = "";
    app.dataset.ready = "true";
  });
})();
