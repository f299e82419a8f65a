/* The timeline page: filters, search, range buttons, the details panel, keyboard use of the chart,
 * the phone timeline, links that keep the view (search and filters in the query, the event in the
 * hash) and the picture of the chart for print and download.
 * Article text arrives as JSON and is only ever put into the page with textContent.
 * Four files run as one script, in this order, inside one function (chrono/render/html.py joins
 * them): timeline.js (data, filters, the view in the URL), timeline_details.js,
 * timeline_marks.js, timeline_controls.js. */
  var data = JSON.parse(document.getElementById("chrono-data").textContent);
  var L = data.labels;
  var app = document.getElementById("chrono-app");
  var chart = document.getElementById("chrono-chart");
  var detailsBody = document.getElementById("chrono-details-body");
  var searchBox = document.getElementById("chrono-search");
  var onlyFindings = document.getElementById("chrono-only-findings");
  var byId = new Map(data.events.map(function (e) { return [e.id, e]; }));
  var baseTraces = data.figure.data;
  var details = document.getElementById("chrono-details");
  var stage = details.parentNode;
  var cursorNote = document.getElementById("chrono-cursor");
  var printChart = document.getElementById("chrono-print-chart");
  var phoneQuery = window.matchMedia("(max-width: 700px)");
  var downloadButton = { name: "chrono-download", title: L.download_image, icon: Plotly.Icons.camera,
    click: function () { downloadImage(); } };
  var config = { locale: data.locale.name, responsive: true, displaylogo: false, scrollZoom: false,
    showSendToCloud: false, showEditInChartStudio: false, showLink: false, showTips: false,
    modeBarButtons: [["zoomIn2d", "zoomOut2d", "resetScale2d", downloadButton]] };

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

  var state = { terms: [], documents: null, places: null, onlyFindings: false, selected: null, cursor: null,
    visible: new Set(data.events.map(function (e) { return e.id; })), range: null };

  function checkedValues(name) {
    var boxes = document.querySelectorAll('input[type=checkbox][name="' + name + '"]');
    var set = new Set();
    boxes.forEach(function (box) { if (box.checked) { set.add(box.value); } });
    return set;
  }

  function placesOf(e) { return e.places.length ? e.places : [data.noPlace]; }

  /* Whether an event passes the filters; ``skip`` ("document" or "place") leaves one filter out. */
  function matches(e, skip) {
    if (state.onlyFindings && !e.findings.length) { return false; }
    if (skip !== "document" && e.documents.length &&
        !e.documents.some(function (d) { return state.documents.has(d); })) { return false; }
    if (skip !== "place" && !placesOf(e).some(function (p) { return state.places.has(p); })) { return false; }
    return state.terms.every(function (t) { return e.hay.indexOf(t) >= 0; });
  }

  /* Each option's count: the events it would show, given every other filter. */
  function updateOptionCounts() {
    [["document", function (e) { return e.documents; }], ["place", placesOf]].forEach(function (pair) {
      var counts = new Map();
      data.events.forEach(function (e) {
        if (!matches(e, pair[0])) { return; }
        new Set(pair[1](e)).forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
      });
      document.querySelectorAll('input[type=checkbox][name="' + pair[0] + '"]').forEach(function (box) {
        var count = box.parentNode.querySelector(".count");
        if (count) { count.textContent = String(counts.get(box.value) || 0); }
      });
    });
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

  /* The number of an event's source articles that the source filter lets through. */
  function sourceCount(e) {
    return e.sources.filter(function (s) { return !state.documents || state.documents.has(s.document); }).length;
  }
  function markerSize(n) { return Math.min(13 + 3 * (Math.max(n, 1) - 1), 31); }

  function visibleTraces(visible) {
    return baseTraces.map(function (trace) {
      var ids = trace.customdata || [];
      var keep = [];
      ids.forEach(function (id, i) { if (visible.has(id)) { keep.push(i); } });
      var out = keep.length === ids.length ? Object.assign({}, trace) : pick(trace, keep, ids.length);
      if (trace.meta && trace.meta.kind === "point") {
        var counts = (out.customdata || []).map(function (id) { return sourceCount(byId.get(id)); });
        out.text = counts.map(function (n) { return n > 1 ? String(n) : ""; });
        out.marker = Object.assign({}, out.marker, { size: counts.map(markerSize) });
      }
      return out;
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

  function markerLabel(id) {
    var found = findPoint(id);
    if (!found || found.trace.meta.kind !== "point") { return null; }
    return { text: found.trace.text[found.index], size: found.trace.marker.size[found.index] };
  }

  function updateCounts(visible) {
    state.visible = visible;
    var text = format(L.visible_count, { visible: visible.size, total: data.events.length });
    document.getElementById("chrono-visible").textContent = text;
    app.dataset.visibleCount = String(visible.size);
    app.dataset.markerCount = String(markerCount());
    document.querySelectorAll("tr[data-event-id], li.pt-item[data-event-id]").forEach(function (row) {
      row.hidden = !visible.has(row.dataset.eventId);
    });
    document.querySelectorAll("li[data-finding-id]").forEach(function (item) {
      item.hidden = Boolean(item.dataset.eventId) && !visible.has(item.dataset.eventId);
    });
    updateOptionCounts();
  }

  var drawing = Promise.resolve();
  function redraw(relayout) {
    app.dataset.ready = "false";
    var visible = new Set(data.events.filter(matches).map(function (e) { return e.id; }));
    drawing = drawing.then(function () {
      var traces = visibleTraces(visible);
      if (isBroken()) { traces = splitByPanel(traces); }
      var layout = relayout || isBroken() ? layoutFor() : chart.layout;
      if (!isBroken()) { layout.annotations = []; }
      return Plotly.react(chart, traces, layout, config);
    }).then(function () {
      updateCounts(visible);
      return markSelection();
    }).then(function () {
      app.dataset.query = state.terms.join(" ");
      app.dataset.ready = "true";
      schedulePrintPicture();
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

  function update() { readFilters(); writeUrl(); return redraw(); }

  /* ---------------------------------------------------------------- the view in the URL */

  var URL_KEYS = { document: "quelle", place: "ort" };

  function writeUrl() {
    var params = new URLSearchParams();
    if (searchBox.value.trim()) { params.set("suche", searchBox.value.trim()); }
    Object.keys(URL_KEYS).forEach(function (name) {
      var boxes = Array.prototype.slice.call(document.querySelectorAll('input[type=checkbox][name="' + name + '"]'));
      var on = boxes.filter(function (b) { return b.checked; });
      if (on.length === boxes.length) { return; }
      if (!on.length) { params.append(URL_KEYS[name], ""); }
      on.forEach(function (b) { params.append(URL_KEYS[name], b.value); });
    });
    if (onlyFindings.checked) { params.set("befunde", "1"); }
    if (state.range) { params.set("zeitraum", state.range === "all" ? "alles" : "kern"); }
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    if (params.has("suche")) { searchBox.value = params.get("suche"); }
    Object.keys(URL_KEYS).forEach(function (name) {
      if (!params.has(URL_KEYS[name])) { return; }
      var wanted = new Set(params.getAll(URL_KEYS[name]));
      document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (b) {
        b.checked = wanted.has(b.value);
      });
    });
    onlyFindings.checked = params.get("befunde") === "1";
    var range = params.get("zeitraum");
    return range === "alles" ? "all" : range === "kern" ? "focus" : null;
  }
