/* The timeline page (3 of 4): labels, clusters, the broken axis of "Alles", fading bands and
 * selection rings on the chart. */
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
        } else if (start < item.lo) {
          return;
        } else if (chars < minChars) {  /* little room: the first word and an ellipsis, the rest on hover */
          var word = title.split(/\s+/)[0];
          if (word.length < 5 || chars < word.length + 2) { return; }  /* "Der …" would say nothing */
          title = word + " \u2026";
          chars = title.length;
        }
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
