/* The timeline page (2 of 4): the details panel, in place on a phone; finding a drawn event. */
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
