// graphkit page: builds the header, legend, filters and tooltips from the JSON payload.
// Data is only ever put into the page as text (textContent, canvas labels); links are
// made only from URLs whose protocol is http: or https:.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var MODE_NOTE = { verbal: "statements", material: "acts and support",
    structural: "organisation", territorial: "places" };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function safeUrl(text) {
    try {
      var url = new URL(String(text).trim());
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }
  function textOrLink(text) {
    var href = safeUrl(text);
    if (!href) return el("span", null, text);
    var a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function fmt(n) { return Number(n).toLocaleString("en-GB"); }
  function plural(n, word) { return fmt(n) + " " + word + (n === 1 ? "" : "s"); }

  // -- header -------------------------------------------------------------------------
  document.title = data.title;
  document.getElementById("title").textContent = data.title;
  var c = data.counts, bits = [];
  if (data.name && data.name !== data.title) bits.push(data.name);
  bits.push(plural(c.actors, "actor"), plural(c.relations, "relation"));
  if (c.documents) bits.push(plural(c.documents, "document"));
  document.getElementById("summary").textContent = bits.join(" · ");
  if (data.omitted) {
    var om = data.omitted, notice = document.getElementById("omitted");
    notice.hidden = false;
    notice.textContent = "Showing the " + fmt(data.nodes.length) + " actors with the highest " +
      om.by + " out of " + fmt(c.actors) + ": " + plural(om.actors, "actor") + " and " +
      plural(om.relations, "relation") + " are left out.";
  }
  if (data.documents.length) {
    var docs = document.getElementById("documents");
    docs.hidden = false;
    docs.querySelector("summary").textContent = data.documents.length === 1 ?
      "Document" : "Documents (" + data.documents.length + ")";
    var list = docs.querySelector("ol");
    data.documents.forEach(function (d) { var li = el("li"); li.append(textOrLink(d)); list.append(li); });
  }

  // -- network ------------------------------------------------------------------------
  var large = data.nodes.length > 1000;
  var container = document.getElementById("network");
  // Labels are sized in drawing units: those of the top actors so that they read at 14 px
  // with the whole graph in view; the others are small and appear when zooming in.
  var xs = data.nodes.map(function (n) { return n.x; }), ys = data.nodes.map(function (n) { return n.y; });
  var spanX = Math.max.apply(null, xs.concat([0])) - Math.min.apply(null, xs.concat([0])) + 120;
  var spanY = Math.max.apply(null, ys.concat([0])) - Math.min.apply(null, ys.concat([0])) + 120;
  var fitScale = Math.min(1, (container.clientWidth || 800) / spanX, (container.clientHeight || 600) / spanY);
  var allLabelled = data.nodes.every(function (n) { return n.labelled; });
  var topFont = allLabelled ? 14 : Math.max(14, 14 / fitScale);
  // Maps keyed by text from the data have no prototype, so "__proto__" is a plain key.
  var relationByName = Object.create(null);
  data.legend.relations.forEach(function (r) { relationByName[r.name] = r; });
  // Per-item options are kept to what differs between items (vis-network merges each
  // item's options, which dominates the time to first drawing on large graphs): node
  // colours and shapes come from groups, edge defaults from the global options.
  var groups = Object.create(null), nodeById = {}, edgeById = {}, dashedIds = [];
  var unlabelledIds = [], topIds = [];
  var visNodes = data.nodes.map(function (n, i) {
    n.id = i;
    n.info = n.info || [];
    n.figures = n.figures || [];
    nodeById[i] = n;
    var group = n.shape + n.color;
    if (!groups[group]) {
      groups[group] = { shape: n.shape, font: { size: allLabelled ? 14 : 9 },
        color: { background: n.color, border: "#ffffff",
          highlight: { background: n.color, border: "#1c2530" },
          hover: { background: n.color, border: "#1c2530" } } };
    }
    var item = { id: i, x: n.x, y: n.y, group: group, size: n.size };
    if (!allLabelled && n.labelled) { topIds.push(i); item.font = { size: topFont }; }
    if (large && !n.labelled) unlabelledIds.push(i); else item.label = n.label;
    return item;
  });
  var visEdges = data.edges.map(function (e, i) {
    var r = relationByName[e.relation];
    e.id = i;
    e.info = e.info || [];
    e.color = r.color;
    e.dashed = r.dashed;
    e.arrow = data.directed && !r.symmetric;
    edgeById[i] = e;
    var item = { id: i, from: e.from, to: e.to, color: e.color };
    if (!large) item.width = e.width;
    if (e.dashed) { dashedIds.push(i); if (!large) item.dashes = [6, 4]; }
    if (!e.arrow) item.arrows = { to: { enabled: false } };
    if (e.curve) {
      item.smooth = { enabled: true, type: e.curve > 0 ? "curvedCW" : "curvedCCW",
        roundness: Math.abs(e.curve) };
    }
    return item;
  });
  var nodes = new vis.DataSet(visNodes), edges = new vis.DataSet(visEdges);
  var options = {
    physics: false,
    layout: { improvedLayout: false },
    groups: groups,
    interaction: { hover: true, tooltipDelay: 80, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
      multiselect: false },
    nodes: { borderWidth: 1.5, borderWidthSelected: 2.5,
      font: { size: 14, face: "system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif",
        color: "#1c2530", strokeWidth: 4, strokeColor: "rgba(255,255,255,0.92)" },
      scaling: { label: { drawThreshold: large ? 11 : 6 } } },
    edges: { smooth: false, width: large ? 0.6 : 1.5, selectionWidth: 1.5, hoverWidth: 0.8,
      color: { opacity: large ? 0.45 : 0.9 }, arrows: { to: { enabled: !large, scaleFactor: 0.55 } }
    }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;
  window.graphkitData = data;  // nodes and edges as drawn, indexed by vis id
  // On large graphs, dashes and arrowheads (at 0.3) and the names of minor actors (at 1) are added only
  // once zoomed in far enough to see them: at full view they are below a pixel, and they
  // triple the time of the first drawing.
  var detailed = !large;
  function setDetail(on) {
    if (on === detailed) return;
    detailed = on;
    edges.update(dashedIds.map(function (id) { return { id: id, dashes: on ? [6, 4] : false }; }));
    network.setOptions({ edges: { arrows: { to: { enabled: on, scaleFactor: 0.55 } } } });
  }
  var minorLabels = !large;
  function setMinorLabels(on) {
    if (on === minorLabels) return;
    minorLabels = on;
    nodes.update(unlabelledIds.map(function (id) {
      return { id: id, label: on ? nodeById[id].label : undefined };
    }));
  }
  // Labels of the top actors are sized to read at 14 px with the whole graph in view;
  // zooming in, they are shrunk back so that they stay at about 16 px on screen.
  var shownFont = topFont, pending = false;
  function adjustToScale() {
    pending = false;
    var scale = network.getScale();
    if (large) { setDetail(scale >= 0.3); setMinorLabels(scale >= 1); }
    var font = Math.max(14, Math.min(topFont, 16 / scale));
    if (topIds.length && Math.abs(font - shownFont) > shownFont * 0.05) {
      shownFont = font;
      nodes.update(topIds.map(function (id) { return { id: id, font: { size: font } }; }));
    }
  }
  network.on("afterDrawing", function () {
    if (!pending) { pending = true; setTimeout(adjustToScale, 120); }
  });
  network.once("afterDrawing", function () {
    window.graphkitFirstDrawMs = performance.now();
    document.body.setAttribute("data-drawn", "true");
  });

  // -- legend and filters ---------------------------------------------------------------
  var hiddenRelations = Object.create(null), hiddenKinds = Object.create(null), asOf = null;
  function swatchLine(color, dashed, arrow) {
    var s = svg("svg", { width: 34, height: 12, "aria-hidden": "true" });
    s.append(svg("line", { x1: 2, y1: 6, x2: arrow ? 25 : 32, y2: 6, stroke: color,
      "stroke-width": 2.5, "stroke-dasharray": dashed ? "5 3" : "none" }));
    if (arrow) s.append(svg("path", { d: "M24 1.5 L32 6 L24 10.5 Z", fill: color }));
    return s;
  }
  var SHAPES = {
    dot: function (f) { return svg("circle", { cx: 8, cy: 8, r: 6, fill: f }); },
    ellipse: function (f) { return svg("ellipse", { cx: 8, cy: 8, rx: 7, ry: 5, fill: f }); },
    square: function (f) { return svg("rect", { x: 2, y: 2, width: 12, height: 12, fill: f }); },
    triangle: function (f) { return svg("path", { d: "M8 1.5 L14.5 13.5 L1.5 13.5 Z", fill: f }); },
    triangleDown: function (f) { return svg("path", { d: "M1.5 2.5 L14.5 2.5 L8 14.5 Z", fill: f }); },
    diamond: function (f) { return svg("path", { d: "M8 1 L15 8 L8 15 L1 8 Z", fill: f }); },
    hexagon: function (f) { return svg("path", { d: "M4 2 L12 2 L15.5 8 L12 14 L4 14 L0.5 8 Z", fill: f }); },
    star: function (f) { return svg("path", { d: "M8 0.8 L10 6 L15.5 6.2 L11.2 9.6 L12.7 15 L8 11.9 L3.3 15 L4.8 9.6 L0.5 6.2 L6 6 Z", fill: f }); }
  };
  function shapeIcon(shape, color) {
    var s = svg("svg", { width: 16, height: 16, "aria-hidden": "true" });
    s.append((SHAPES[shape] || SHAPES.dot)(color));
    return s;
  }
  function entry(icon, name, count, title, onToggle) {
    var label = el("label", "entry");
    if (title) label.title = title;
    if (onToggle) {
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.addEventListener("change", function () {
        label.classList.toggle("off", !box.checked);
        onToggle(box.checked);
      });
      label.append(box);
    }
    label.append(icon, el("span", "name", name), el("span", "count", fmt(count)));
    return label;
  }

  var relBox = document.querySelector("#legend-relations .entries"), lastMode = null;
  data.legend.relations.forEach(function (r) {
    if (r.mode !== lastMode) {
      lastMode = r.mode;
      relBox.append(el("h3", null, (r.mode || "other") + (Object.prototype.hasOwnProperty.call(MODE_NOTE, r.mode) ? " · " + MODE_NOTE[r.mode] : "")));
    }
    var item = entry(swatchLine(r.color, r.dashed, !r.symmetric), r.name, r.count,
      r.description, function (on) {
        if (on) delete hiddenRelations[r.name]; else hiddenRelations[r.name] = true;
        applyFilters();
      });
    item.setAttribute("data-relation", r.name);
    relBox.append(item);
  });

  var colorsByKind = data.colorBy === "kind";
  var kindBox = document.querySelector("#legend-kinds .entries");
  data.legend.kinds.forEach(function (k) {
    var item = entry(shapeIcon(k.shape, colorsByKind ? k.color : "#8a96a3"), k.name, k.count,
      k.description, function (on) {
        if (on) delete hiddenKinds[k.name]; else hiddenKinds[k.name] = true;
        applyFilters();
      });
    item.setAttribute("data-kind", k.name);
    kindBox.append(item);
  });
  if (data.legend.colors.length) {
    var colorSection = document.getElementById("legend-colors");
    colorSection.hidden = false;
    colorSection.querySelector("h2").textContent = "Colour: " + data.colorBy;
    data.legend.colors.forEach(function (k) {
      colorSection.querySelector(".entries").append(entry(shapeIcon("dot", k.color), k.label, k.count));
    });
  }
  var notes = document.querySelector("#legend-notes .notes");
  var anyDashed = data.legend.relations.some(function (r) { return r.dashed; });
  [
    anyDashed ? "Dashed line: a verbal relation (a statement); solid: an act, a tie or " +
      "control of a place." : null,
    data.directed ? "Arrow: from the actor to the one it acts on; no arrow: a mutual " +
      "relation." : null,
    large ? "Dashes, arrowheads and the names of minor actors appear when zoomed in." :
      "Line width: the relation's weight.",
    data.sizeBy ? "Node size: " + data.sizeBy + "." : "All nodes have the same size.",
    "Hover for a summary; click an actor or relation for its evidence and sources."
  ].forEach(function (t) { if (t) notes.append(el("li", null, t)); });

  // -- "as of": the rule of graphkit.snapshot, on first and last days --------------------
  function holds(e) {
    return asOf === null || ((!e.since || e.since <= asOf) && (!e.until || asOf <= e.until));
  }
  var range = document.getElementById("asof-range"), dateInput = document.getElementById("asof-date");
  var asofNote = document.getElementById("asof-note");
  if (data.dates.length) {
    document.getElementById("time").hidden = false;
    range.max = String(data.dates.length);
    dateInput.min = data.dates[0];
    dateInput.max = data.dates[data.dates.length - 1];
    range.addEventListener("input", function () {
      var i = Number(range.value);
      setAsOf(i === 0 ? null : data.dates[i - 1]);
    });
    dateInput.addEventListener("change", function () { setAsOf(dateInput.value || null); });
    document.getElementById("asof-clear").addEventListener("click", function () { setAsOf(null); });
  }
  function setAsOf(day) {
    asOf = day;
    dateInput.value = day || "";
    var i = day === null ? 0 : data.dates.filter(function (d) { return d <= day; }).length;
    range.value = String(i);
    asofNote.textContent = day === null ? "All relations, whatever their dates." :
      "Relations holding on " + day + " (undated ones always hold).";
    applyFilters();
  }
  window.graphkitSetAsOf = setAsOf;
  asofNote.textContent = "All relations, whatever their dates.";

  var shownNote = document.getElementById("shown");
  function applyFilters() {
    var nodeChanges = [], edgeChanges = [], hiddenNode = {}, shownNodes = 0, shownEdges = 0;
    data.nodes.forEach(function (n) {
      var hide = !!hiddenKinds[n.kind];
      hiddenNode[n.id] = hide;
      if (!hide) shownNodes++;
      if (hide !== !!n.hidden) { n.hidden = hide; nodeChanges.push({ id: n.id, hidden: hide }); }
    });
    data.edges.forEach(function (e) {
      var hide = !!hiddenRelations[e.relation] || !holds(e) || hiddenNode[e.from] || hiddenNode[e.to];
      if (!hide) shownEdges++;
      if (hide !== !!e.hidden) { e.hidden = hide; edgeChanges.push({ id: e.id, hidden: hide }); }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    shownNote.textContent = "Shown: " + plural(shownNodes, "actor") + ", " +
      plural(shownEdges, "relation") + ". Scroll to zoom, drag to pan.";
  }
  applyFilters();

  // -- tooltips and details ---------------------------------------------------------------
  function dl(pairs) {
    var list = el("dl");
    pairs.forEach(function (p) { list.append(el("dt", null, p[0])); var dd = el("dd"); dd.append(textOrLink(p[1])); list.append(dd); });
    return list;
  }
  function relationOf(name) { return relationByName[name] || null; }
  function edgeTitle(e) {
    var r = relationOf(e.relation);
    return nodeById[e.from].label + (e.arrow ? " → " : " — ") + nodeById[e.to].label + ": " +
      e.relation + (r && r.description ? " (" + r.description + ")" : "");
  }
  function info(item, key) {
    for (var i = 0; i < item.info.length; i++) if (item.info[i][0] === key) return item.info[i][1];
    return null;
  }
  function nodeCard(n, full) {
    var box = el("div");
    box.append(el("div", "head", n.label), el("div", "sub", n.kind + (n.key !== n.label ? " · id " + n.key : "")));
    var pairs = n.figures.slice();
    n.info.forEach(function (p) { if (p[0] !== "kind" && (full || p[0] !== "aliases")) pairs.push(p); });
    if (pairs.length) box.append(dl(pairs));
    if (full) {
      var all = data.edges.filter(function (e) { return e.from === n.id || e.to === n.id; });
      var rel = all.filter(function (e) { return !e.hidden; });
      if (all.length) {
        box.append(el("h3", null, plural(rel.length, "relation") + " shown" +
          (all.length > rel.length ? " (" + (all.length - rel.length) + " hidden by the filters)" : "")));
        var ul = el("ul");
        rel.slice(0, 40).forEach(function (e) {
          var other = e.from === n.id ? nodeById[e.to].label : nodeById[e.from].label;
          ul.append(el("li", null, (e.from === n.id ? e.relation + " → " : "← " + e.relation + " · ") + other));
        });
        if (rel.length > 40) ul.append(el("li", null, "…and " + (rel.length - 40) + " more"));
        box.append(ul);
      }
    }
    return box;
  }
  function edgeCard(e, full) {
    var box = el("div");
    box.append(el("div", "head", edgeTitle(e)));
    var r = relationOf(e.relation), sub = [];
    if (r && r.mode) sub.push(r.mode);
    if (r) sub.push(r.polarity > 0 ? "positive" : r.polarity < 0 ? "negative" : "neutral");
    var start = info(e, "start"), end = info(e, "end");
    if (start || end) sub.push((start || "…") + " – " + (end || "…"));
    box.append(el("div", "sub", sub.join(" · ")));
    var evidence = info(e, "evidence");
    if (evidence) box.append(el("div", "quote", evidence));
    var pairs = e.info.filter(function (p) {
      return p[0] !== "evidence" && p[0] !== "start" && p[0] !== "end" && (full || p[0] === "weight" || p[0] === "document");
    });
    if (pairs.length) box.append(dl(pairs));
    return box;
  }

  var tooltip = document.getElementById("tooltip"), mouse = { x: 0, y: 0 };
  container.addEventListener("mousemove", function (ev) {
    mouse.x = ev.clientX; mouse.y = ev.clientY;
    if (!tooltip.hidden) placeTooltip();
  });
  function placeTooltip() {
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    var x = mouse.x + 14, y = mouse.y + 14;
    if (x + w > window.innerWidth - 8) x = Math.max(8, mouse.x - w - 14);
    if (y + h > window.innerHeight - 8) y = Math.max(8, mouse.y - h - 14);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function showTooltip(card) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    placeTooltip();
  }
  function hideTooltip() { tooltip.hidden = true; }
  network.on("hoverNode", function (p) { showTooltip(nodeCard(nodeById[p.node], false)); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(edgeById[p.edge], false)); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  var details = document.getElementById("details"), detailsBody = details.querySelector(".body");
  function showDetails(card) { detailsBody.replaceChildren(card); details.hidden = false; }
  document.getElementById("details-close").addEventListener("click", function () {
    details.hidden = true; network.unselectAll();
  });
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) showDetails(nodeCard(nodeById[p.nodes[0]], true));
    else if (p.edges.length) showDetails(edgeCard(edgeById[p.edges[0]], true));
    else details.hidden = true;
  });
})();
