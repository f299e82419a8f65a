/* The timeline page: filters, search, range buttons, the details panel, keyboard use of the chart,
 * the phone timeline, links that keep the view (search and filters in the query, the event in the
 * hash) and the picture of the chart for print and download.
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

  /* On a phone the details open right below the item that was tapped; elsewhere beside the chart. */
  function placeDetails(id) {
    var anchor = phoneQuery.matches ? document.querySelector('li.pt-item[data-event-id="' + CSS.escape(id) + '"]') : null;
    document.querySelectorAll(".pt-open").forEach(function (b) {
      b.setAttribute("aria-expanded", String(Boolean(anchor) && b.dataset.eventId === id));
    });
    if (anchor) {
      if (details.parentNode !== anchor) { anchor.appendChild(details); }
    } else if (details.parentNode !== stage) {
      stage.appendChild(details);
    }
  }

  var returnFocus = null;
  function showDetails(id, options) {
    var e = byId.get(id);
    if (!e) { return; }
    options = options || {};
    state.selected = id;
    detailsBody.replaceChildren();
    var close = el("button", "d-close", L.details_close);
    close.type = "button";
    close.addEventListener("click", clearDetails);
    detailsBody.appendChild(close);
    var date = el("p", "d-date", e.date + " ");
    if (e.statusLabel) { date.appendChild(el("span", "chip chip-planned", e.statusLabel)); }
    detailsBody.appendChild(date);
    var heading = el("h3", null, e.title);
    heading.tabIndex = -1;
    detailsBody.appendChild(heading);
    detailsBody.appendChild(el("p", "d-meta", e.places.length ? e.places.join(", ") : data.noPlace));
    if (e.actors.length) { detailsBody.appendChild(el("p", "d-meta", L.actors + ": " + e.actors.join(", "))); }
    var findings = e.findings.map(function (f) { return data.findings[f]; }).filter(Boolean);
    if (findings.length) {
      detailsBody.appendChild(el("div", "d-section", "\u26a0 " + L.findings_heading));
      findings.forEach(function (f) { detailsBody.appendChild(findingCard(f)); });
    }
    var count = e.sources.length === 1 ? L.source_single : format(L.sources_count, { n: e.sources.length });
    detailsBody.appendChild(el("div", "d-section", count));
    var list = el("div", "source-list");
    e.sources.forEach(function (s) { list.appendChild(sourceCard(s)); });
    detailsBody.appendChild(list);
    app.dataset.selected = id;
    history.replaceState(null, "", location.pathname + location.search + "#" + encodeURIComponent(id));
    placeDetails(id);
    if (options.focus) {
      returnFocus = options.returnTo || document.activeElement;
      heading.focus({ preventScroll: true });
      details.scrollIntoView({ block: "nearest" });
    }
    markSelection();
  }

  function clearDetails() {
    var hadFocus = details.contains(document.activeElement);
    state.selected = null;
    delete app.dataset.selected;
    history.replaceState(null, "", location.pathname + location.search);
    detailsBody.replaceChildren(el("p", "muted", L.details_empty));
    placeDetails("");
    if (returnFocus && document.contains(returnFocus) && hadFocus) {
      returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
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

  /* Shorten at a word boundary, never inside a word; the hover card keeps the full title. */
  function shorten(text, chars) {
    if (text.length <= chars) { return text; }
    var cut = text.slice(0, Math.max(chars - 1, 1));
    var space = cut.lastIndexOf(" ");
    cut = space > 0 ? cut.slice(0, space) : cut;
    return cut.replace(/[\s,;:\u2013-]+$/, "") + " \u2026";
  }

  /* A title in at most two lines of ``chars`` characters, wrapped between words. */
  function fitTitle(title, chars) {
    if (title.length <= chars) { return [title]; }
    var words = title.split(/\s+/), first = "";
    while (words.length && (first ? first.length + 1 : 0) + words[0].length <= chars) {
      first += (first ? " " : "") + words.shift();
    }
    if (!first) { return [shorten(title, chars)]; }
    var rest = words.join(" ");
    return rest ? [first, shorten(rest, chars)] : [first];
  }

  /* The x axis a trace is drawn on: one, or one of the panels of the broken "Alles" axis. */
  function axisOf(trace) {
    var name = trace.xaxis && trace.xaxis !== "x" ? "xaxis" + trace.xaxis.slice(1) : "xaxis";
    return chart._fullLayout[name];
  }

  /* Every drawn event as a horizontal stretch in pixels of the plot area, grouped by row; ``lo`` and
   * ``hi`` bound the panel it is drawn in. */
  function drawnItems() {
    var rows = new Map();
    eventTraces().forEach(function (t) {
      var xa = axisOf(t);
      (t.customdata || []).forEach(function (id, i) {
        var item = { id: id, y: t.y[i], band: t.meta.kind === "band", xa: xa, xref: t.xaxis || "x",
          lo: xa._offset, hi: xa._offset + xa._length };
        if (item.band) {
          var start = xa.d2l(t.base[i]);
          item.a = xa._offset + xa.l2p(start);
          item.b = xa._offset + xa.l2p(start + t.x[i]);
        } else {
          var r = t.marker.size[i] / 2;
          item.a = xa._offset + xa.l2p(xa.d2l(t.x[i])) - r;
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
    var charWidth = 6.4, minChars = 10, out = [];
    clusters = [];
    drawnItems().forEach(function (marks) {
      var items = marks.slice();  /* marks and the labels placed so far in this row */
      markClusters(marks);
      marks.forEach(function (item) {
        if (item.b < item.lo || item.a > item.hi || out.length >= 200) { return; }
        var cluster = item.cluster;
        if (cluster && cluster.last !== item) { return; }
        var title = cluster ? format(L.cluster, { n: cluster.items.length }) : byId.get(item.id).title;
        var start, room;
        var inside = item.band ? Math.min(item.b, item.hi) - Math.max(item.a, item.lo) - 10 : 0;
        if (inside >= minChars * charWidth) {
          start = Math.max(item.a, item.lo) + 5;
          room = inside;
        } else {
          start = item.b + 9;
          var limit = item.hi;
          items.forEach(function (other) {
            if (other !== item && other.b > start) { limit = Math.min(limit, other.a); }
          });
          room = limit - start - 8;
        }
        var anchor = "left";
        if (Math.floor(room / charWidth) < minChars && !item.band) {
          var floor = item.lo;  /* no room to the right: try the left of the marker */
          items.forEach(function (other) { if (other !== item && other.a < item.a) { floor = Math.max(floor, other.b); } });
          var left = item.a - 9 - floor - 8;
          if (left > room) { room = left; start = item.a - 9; anchor = "right"; }
        }
        var chars = Math.floor(room / charWidth);
        if (cluster && (chars < title.length || start < item.lo)) {  /* a cluster always shows its number */
          title = String(cluster.items.length);
          start = item.b + 4;
          anchor = "left";
          chars = title.length;
        } else if (chars < minChars || start < item.lo) { return; }
        var lines = cluster ? [title] : fitTitle(title, chars);
        var used = Math.max.apply(null, lines.map(function (l) { return l.length; })) * charWidth;
        items.push(anchor === "left" ? { a: start, b: start + used } : { a: start - used, b: start });
        var note = { x: item.xa.l2d(item.xa.p2l(start - item.lo)), y: item.y, xref: item.xref, yref: "y",
          xanchor: anchor, yanchor: "middle", align: anchor, showarrow: false, text: lines.map(svgText).join("<br>"),
          font: { size: lines.length > 1 ? 10 : 11, color: "#1c2430" }, name: "label" };
        if (cluster) {
          Object.assign(note, { name: "cluster:" + clusters.indexOf(cluster), captureevents: true,
            hovertext: svgText(L.cluster_hint),
            bordercolor: "#1f4e8c", borderpad: 2, bgcolor: "#eef4fb", font: { size: 11, color: "#1f4e8c" } });
        }
        out.push(note);
      });
    });
    return out.concat(panelHeadings());
  }

  /* Markers of one row that overlap on screen form a cluster: one label with their number, and a
   * click on it zooms in until they stand apart. */
  var clusters = [];
  function markClusters(marks) {
    var group = [];
    function close() {
      if (group.length > 1) {
        var cluster = { items: group, last: group[group.length - 1] };
        group.forEach(function (item) { item.cluster = cluster; });
        clusters.push(cluster);
      }
      group = [];
    }
    marks.forEach(function (item) {
      if (item.band) { return; }
      var previous = group[group.length - 1];
      if (previous && (item.a >= previous.b - 2 || item.xa !== previous.xa)) { close(); }
      group.push(item);
    });
    close();
  }

  function zoomToCluster(index) {
    var cluster = clusters[index];
    if (!cluster) { return; }
    var xa = cluster.items[0].xa, lo = cluster.items[0].lo;
    var a = xa.p2l(cluster.items[0].a - lo), b = xa.p2l(cluster.last.b - lo);
    var pad = Math.max((b - a) * 0.6, 3600000);
    var name = cluster.items[0].xref === "x" ? "xaxis" : "xaxis" + cluster.items[0].xref.slice(1);
    var change = {};
    change[name + ".range"] = [xa.l2r(a - pad), xa.l2r(b + pad)];
    Plotly.relayout(chart, change);
  }

  /* ---------------------------------------------------------------- the broken axis of "Alles" */

  function isBroken() { return Boolean(data.broken) && state.range === "all"; }

  /* Split each trace by the panel its events are drawn in. */
  function splitByPanel(traces) {
    var out = [];
    traces.forEach(function (trace) {
      var ids = trace.customdata || [];
      var groups = new Map();
      ids.forEach(function (id, i) {
        var axis = data.broken.panel[id] || "x";
        if (!groups.has(axis)) { groups.set(axis, []); }
        groups.get(axis).push(i);
      });
      if (!ids.length) { out.push(trace); }
      groups.forEach(function (keep, axis) {
        var part = pick(trace, keep, ids.length);
        part.xaxis = axis;
        out.push(part);
      });
    });
    return out;
  }

  function copy(value) { return JSON.parse(JSON.stringify(value)); }

  /* The layout for the view: one time axis, or the panels before, at and after the focus week. */
  function layoutFor() {
    var layout = copy(data.figure.layout);
    if (!isBroken()) {
      var range = state.range === "all" ? data.fullRange : data.focus || data.fullRange;
      if (range) { layout.xaxis.range = range.slice(); }
      return layout;
    }
    var base = layout.xaxis;
    delete base.rangeslider;
    data.broken.panels.forEach(function (panel, n) {
      var axis = Object.assign(copy(base), { domain: panel.domain, range: panel.range.slice(), anchor: "y",
        rangeslider: { visible: false }, tickangle: 0, nticks: 4 });
      if (panel.core) {  /* one label a day, in the middle of its day */
        delete axis.tickformatstops;
        Object.assign(axis, { dtick: 86400000, tickformat: "%a<br>%-d.", nticks: null, tickfont: { size: 11 } });
      }
      layout[n === 0 ? "xaxis" : "xaxis" + (n + 1)] = axis;
    });
    layout.margin = Object.assign({}, layout.margin, { t: 34 });
    return layout;
  }

  function panelHeadings() {
    if (!isBroken()) { return []; }
    return data.broken.panels.map(function (panel) {
      return { xref: "paper", yref: "paper", x: panel.domain[0], y: 1, xanchor: "left", yanchor: "bottom",
        showarrow: false, text: svgText(panel.heading), font: { size: 11, color: "#5b6575" }, name: "panel" };
    });
  }

  /* A dotted line in each gap between two panels: the axis is broken there. */
  function breakShapes() {
    if (!isBroken()) { return []; }
    var panels = data.broken.panels, out = [];
    for (var n = 1; n < panels.length; n++) {
      var x = (panels[n - 1].domain[1] + panels[n].domain[0]) / 2;
      out.push({ type: "line", xref: "paper", yref: "paper", x0: x, x1: x, y0: -0.04, y1: 1.04, layer: "above",
        line: { color: "#9aa5b4", width: 1.5, dash: "dot" } });
    }
    return out;
  }

  var laneShapes = (data.figure.layout.shapes || []).slice();

  var MAX_FADES = 240;
  /* An approximate date fades towards its edges: two paler layers over its middle. */
  function fadeShapes() {
    var out = [];
    eventTraces().forEach(function (t) {
      if (t.meta.kind !== "band" || !t.meta.fuzzy) { return; }
      var xa = axisOf(t), color = t.meta.planned ? "196, 106, 18" : "31, 78, 140";
      var lo = xa.r2l(xa.range[0]), hi = xa.r2l(xa.range[1]);
      (t.customdata || []).forEach(function (id, i) {
        var start = xa.d2l(t.base[i]), width = t.x[i];
        if (start > hi || start + width < lo || out.length >= MAX_FADES) { return; }  /* only what is shown */
        [[0.2, 0.16], [0.35, 0.22]].forEach(function (layer) {
          out.push({ type: "rect", xref: t.xaxis || "x", yref: "y", layer: "below", line: { width: 0 },
            x0: xa.l2d(start + width * layer[0]), x1: xa.l2d(start + width * (1 - layer[0])),
            y0: t.y[i] - 0.31, y1: t.y[i] + 0.31, fillcolor: "rgba(" + color + ", " + layer[1] + ")" });
        });
      });
    });
    return out;
  }

  /* A ring around the selected marker, a frame around the selected band; a dashed one for the
   * keyboard cursor. */
  function selectionShapes() {
    var out = ringShapes(state.selected, { color: "#1c2430", width: 2.5 });
    if (state.cursor && state.cursor !== state.selected && document.activeElement === chart) {
      out = out.concat(ringShapes(state.cursor, { color: "#1f4e8c", width: 2, dash: "dot" }));
    }
    return out;
  }

  function ringShapes(id, line) {
    var found = id ? findPoint(id) : null;
    if (!found) { return []; }
    var t = found.trace, i = found.index, xref = t.xaxis || "x";
    if (t.meta.kind === "band") {
      var xa = axisOf(t), start = xa.d2l(t.base[i]);
      return [{ type: "rect", xref: xref, yref: "y", x0: xa.l2d(start), x1: xa.l2d(start + t.x[i]),
        y0: t.y[i] - 0.42, y1: t.y[i] + 0.42, line: line, fillcolor: "rgba(0,0,0,0)", layer: "above" }];
    }
    var r = t.marker.size[i] / 2 + 5;
    return [{ type: "circle", xref: xref, yref: "y", xsizemode: "pixel", ysizemode: "pixel",
      xanchor: t.x[i], yanchor: t.y[i], x0: -r, x1: r, y0: -r, y1: r, line: line,
      fillcolor: "rgba(0,0,0,0)", layer: "above" }];
  }

  function refreshAnnotations() {
    return Plotly.relayout(chart, { annotations: labelAnnotations(),
      shapes: laneShapes.concat(fadeShapes(), breakShapes(), selectionShapes()) });
  }

  function markSelection() {
    document.querySelectorAll("tr[data-event-id]").forEach(function (row) {
      row.classList.toggle("selected", row.dataset.eventId === state.selected);
    });
    return refreshAnnotations();
  }

  function bandMiddle(trace, i) {
    var xa = axisOf(trace);
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
    var fl = chart._fullLayout, t = found.trace, i = found.index, xa = axisOf(t), ya = fl.yaxis;
    var x = t.meta.kind === "band" ? bandMiddle(t, i) : t.x[i];
    var box = chart.getBoundingClientRect();
    return { x: box.left + xa._offset + xa.l2p(xa.d2l(x)), y: box.top + ya._offset + ya.l2p(t.y[i]) };
  }

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
})();
