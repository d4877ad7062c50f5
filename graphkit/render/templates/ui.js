// graphkit page: header, legend, filters, "as of", search, focus, selection, tooltips and
// details, shared by both views (vis-network and sigma.js), which only draw. The data is
// the wire format of graphkit/render/wire.py. Data is only ever put into the page as text
// (textContent, canvas labels); links are made only from http: and https: URLs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var NODES = data.nodes, EDGES = data.edges;
  var N = NODES.key.length, M = EDGES.from.length;
  var KINDS = data.legend.kinds, RELATIONS = data.legend.relations;
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

  // -- columns (see wire.py) --------------------------------------------------------------
  function reader(table, key) {
    var j = table.keys.indexOf(key);
    if (j < 0) return function () { return null; };
    var column = table.columns[j];
    if (Array.isArray(column)) return function (i) { return column[i]; };
    return function (i) { var k = column.index[i]; return k < 0 ? null : column.values[k]; };
  }
  function pairs(table, i) {
    var out = [];
    for (var j = 0; j < table.keys.length; j++) {
      var column = table.columns[j], value;
      if (Array.isArray(column)) value = column[i];
      else value = column.index[i] < 0 ? null : column.values[column.index[i]];
      if (value !== null && value !== undefined) out.push([table.keys[j], value]);
    }
    return out;
  }
  var nodeAliases = reader(NODES.info, "aliases");
  var edgeWeightText = reader(EDGES.info, "weight");
  var labelled = new Uint8Array(N);
  if (NODES.labelled === true) labelled.fill(1);
  else NODES.labelled.forEach(function (i) { labelled[i] = 1; });
  var curve = new Float64Array(M);
  EDGES.curve.index.forEach(function (j, k) { curve[j] = EDGES.curve.value[k]; });
  var model = {
    data: data, N: N, M: M, directed: data.directed,
    key: function (i) { return NODES.key[i]; },
    label: function (i) { return NODES.label[i]; },
    kind: function (i) { return KINDS[NODES.kind[i]]; },
    color: function (i) { return data.palette[NODES.color[i]]; },
    size: typeof NODES.size === "number" ? function () { return NODES.size; } :
      function (i) { return NODES.size[i]; },
    x: function (i) { return NODES.x[i]; },
    y: function (i) { return NODES.y[i]; },
    labelled: labelled,
    from: EDGES.from, to: EDGES.to,
    relation: function (j) { return RELATIONS[EDGES.relation[j]]; },
    arrow: function (j) { return data.directed && !RELATIONS[EDGES.relation[j]].symmetric; },
    width: function (j) {  // the rule of scene.py: 1 + 2 x weight, weight clipped to [0, 1]
      var w = parseFloat(edgeWeightText(j));
      return 1 + 2 * Math.min(Math.max(isFinite(w) ? w : 1, 0), 1);
    },
    curve: curve
  };
  // Relations of each actor (both directions), as compressed rows: edges of node i are
  // incident[start[i] .. start[i + 1]).
  var start = new Int32Array(N + 1), incident = new Int32Array(2 * M);
  (function () {
    var j, fill = new Int32Array(N);
    for (j = 0; j < M; j++) { start[EDGES.from[j] + 1]++; start[EDGES.to[j] + 1]++; }
    for (j = 0; j < N; j++) start[j + 1] += start[j];
    for (j = 0; j < M; j++) {
      incident[start[EDGES.from[j]] + fill[EDGES.from[j]]++] = j;
      incident[start[EDGES.to[j]] + fill[EDGES.to[j]]++] = j;
    }
  })();

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
    notice.textContent = "Showing the " + fmt(N) + " actors with the highest " +
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

  // -- the view -------------------------------------------------------------------------
  var container = document.getElementById("network");
  var hooks = {
    drawn: function () {
      window.graphkitFirstDrawMs = performance.now();
      document.body.setAttribute("data-drawn", "true");
      setTimeout(function () { post("ready"); }, 0);  // the view may draw while being made
    },
    hoverNode: function (i) { showTooltip(nodeCard(i, false)); },
    hoverEdge: function (j) { showTooltip(edgeCard(j, false)); },
    blur: function () { hideTooltip(); },
    clickNode: function (i, additive) {
      hideTooltip();
      showDetails(nodeCard(i, true));  // first: the card answers the click, highlighting follows
      if (additive) {
        var at = selected.indexOf(i);
        setSelection(at < 0 ? selected.concat([i]) : selected.filter(function (k) { return k !== i; }));
      } else {
        setSelection([i]);
      }
    },
    clickEdge: function (j) { hideTooltip(); showDetails(edgeCard(j, true)); },
    clickStage: function () { hideTooltip(); details.hidden = true; setSelection([]); },
    moved: function () { hideTooltip(); }
  };
  var view = window.graphkitCreateView(container, model, hooks);

  // -- legend and filters ---------------------------------------------------------------
  var hiddenRelations = new Uint8Array(RELATIONS.length), hiddenKinds = new Uint8Array(KINDS.length);
  var asOf = null;
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
    s.append((SHAPES[view.shapes ? shape : "dot"] || SHAPES.dot)(color));
    return s;
  }
  function entry(icon, name, count, title, onToggle) {
    var label = el("label", "entry");
    if (title) label.title = title;
    if (onToggle) {
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.addEventListener("change", function () { onToggle(box.checked); });
      label.append(box);
    }
    label.append(icon, el("span", "name", name), el("span", "count", fmt(count)));
    return label;
  }
  var relationBoxes = [], kindBoxes = [];
  var relBox = document.querySelector("#legend-relations .entries"), lastMode = null;
  RELATIONS.forEach(function (r, k) {
    if (r.mode !== lastMode) {
      lastMode = r.mode;
      relBox.append(el("h3", null, (r.mode || "other") +
        (Object.prototype.hasOwnProperty.call(MODE_NOTE, r.mode) ? " · " + MODE_NOTE[r.mode] : "")));
    }
    var item = entry(swatchLine(r.color, view.dashes && r.dashed, data.directed && !r.symmetric),
      r.name, r.count, r.description, function (on) { hiddenRelations[k] = on ? 0 : 1; applyFilters(); });
    item.setAttribute("data-relation", r.name);
    relationBoxes.push(item);
    relBox.append(item);
  });
  var colorsByKind = data.colorBy === "kind";
  var kindBox = document.querySelector("#legend-kinds .entries");
  KINDS.forEach(function (k, i) {
    var item = entry(shapeIcon(k.shape, colorsByKind ? k.color : "#8a96a3"), k.name, k.count,
      k.description, function (on) { hiddenKinds[i] = on ? 0 : 1; applyFilters(); });
    item.setAttribute("data-kind", k.name);
    kindBoxes.push(item);
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
  var anyDashed = RELATIONS.some(function (r) { return r.dashed; });
  [
    anyDashed && view.dashes ? "Dashed line: a verbal relation (a statement); solid: an act, " +
      "a tie or control of a place." : null,
    data.directed ? "Arrow: from the actor to the one it acts on; no arrow: a mutual " +
      "relation." : null,
    view.notes,
    data.sizeBy ? "Node size: " + data.sizeBy + "." : "All nodes have the same size.",
    "Hover for a summary; click an actor or relation for its evidence and sources. " +
      "Ctrl-click or the lasso (or Shift and drag) selects several actors."
  ].forEach(function (t) { if (t) notes.append(el("li", null, t)); });

  // -- "as of": the rule of graphkit.snapshot, on first and last days --------------------
  function holds(j) {
    if (asOf === null || !EDGES.since) return true;
    var s = EDGES.since[j], u = EDGES.until[j];
    return (s < 0 || data.days[s] <= asOf) && (u < 0 || asOf <= data.days[u]);
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
  var nodeHidden = new Uint8Array(N), edgeHidden = new Uint8Array(M);
  var shown = { actors: N, relations: M };
  function applyFilters() {
    var i, j, actors = 0, relations = 0;
    for (i = 0; i < N; i++) { nodeHidden[i] = hiddenKinds[NODES.kind[i]]; if (!nodeHidden[i]) actors++; }
    for (j = 0; j < M; j++) {
      edgeHidden[j] = hiddenRelations[EDGES.relation[j]] || nodeHidden[EDGES.from[j]] ||
        nodeHidden[EDGES.to[j]] || !holds(j) ? 1 : 0;
      if (!edgeHidden[j]) relations++;
    }
    relationBoxes.forEach(function (item, k) { syncBox(item, !hiddenRelations[k]); });
    kindBoxes.forEach(function (item, k) { syncBox(item, !hiddenKinds[k]); });
    shown = { actors: actors, relations: relations };
    view.setHidden(nodeHidden, edgeHidden);
    applyFocus();
    shownNote.textContent = "Shown: " + plural(actors, "actor") + ", " +
      plural(relations, "relation") + ". Scroll to zoom, drag to pan.";
    post("state");
  }
  function syncBox(item, on) {
    var box = item.querySelector("input");
    box.checked = on;
    item.classList.toggle("off", !on);
  }

  // -- selection and focus --------------------------------------------------------------
  var selected = [], focusSteps = 0;
  var focusSelect = document.getElementById("focus-steps"), focusNote = document.getElementById("focus-note");
  function setSelection(ids) {
    selected = ids.filter(function (i, k) { return ids.indexOf(i) === k; });
    view.setSelected(selected);
    applyFocus();
    post("state");
  }
  focusSelect.addEventListener("change", function () { focusSteps = Number(focusSelect.value); applyFocus(); });
  function applyFocus() {
    if (!focusSteps || !selected.length) {
      view.setFocus(null, null);
      focusNote.textContent = focusSteps ? "Select an actor (click, search or lasso) to focus on it." : "";
      return;
    }
    var depth = new Int32Array(N).fill(-1), queue = [], head = 0, i, k, j, other;
    selected.forEach(function (s) { if (!nodeHidden[s] && depth[s] < 0) { depth[s] = 0; queue.push(s); } });
    while (head < queue.length) {
      i = queue[head++];
      if (depth[i] >= focusSteps) continue;
      for (k = start[i]; k < start[i + 1]; k++) {
        j = incident[k];
        if (edgeHidden[j]) continue;
        other = EDGES.from[j] === i ? EDGES.to[j] : EDGES.from[j];
        if (depth[other] < 0) { depth[other] = depth[i] + 1; queue.push(other); }
      }
    }
    var nodeIn = new Uint8Array(N), edgeIn = new Uint8Array(M);
    queue.forEach(function (n) { nodeIn[n] = 1; });
    for (j = 0; j < M; j++) edgeIn[j] = !edgeHidden[j] && nodeIn[EDGES.from[j]] && nodeIn[EDGES.to[j]] ? 1 : 0;
    view.setFocus(nodeIn, edgeIn);
    focusNote.textContent = "Focus: " + selected.map(model.label).join(", ") + " and " +
      plural(queue.length - selected.length, "actor") + " within " + plural(focusSteps, "step") +
      "; the rest is dimmed. Esc clears.";
  }

  // -- search: by name, id or alias, as you type ----------------------------------------
  var search = document.getElementById("search"), results = document.getElementById("search-results");
  var haystack = null, hits = [], active = -1;
  function searchText(i) {
    return [NODES.label[i], NODES.key[i], nodeAliases(i) || ""].join("\u0000").toLowerCase();
  }
  function find(query) {
    var q = query.trim().toLowerCase(), scored = [], i, text, at;
    if (!q) return [];
    if (!haystack) { haystack = new Array(N); for (i = 0; i < N; i++) haystack[i] = searchText(i); }
    for (i = 0; i < N; i++) {
      text = haystack[i];
      at = text.indexOf(q);
      if (at < 0) continue;
      // a name that starts with the query first, then one of its words, then anywhere
      var rank = at === 0 ? 0 : /[\s\u0000|(\-'"]/.test(text.charAt(at - 1)) ? 1 : 2;
      scored.push([rank, NODES.label[i].length, i]);
    }
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return scored.slice(0, 8).map(function (s) { return s[2]; });
  }
  function renderHits() {
    results.replaceChildren();
    hits.forEach(function (i, k) {
      var li = el("li", k === active ? "active" : null);
      li.id = "search-hit-" + k;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", k === active ? "true" : "false");
      li.append(el("span", "name", NODES.label[i]), el("span", "sub", model.kind(i).name));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
      results.append(li);
    });
    if (search.value.trim() && !hits.length) results.append(el("li", "none", "No actor found"));
    results.hidden = !search.value.trim();
    search.setAttribute("aria-expanded", results.hidden ? "false" : "true");
    if (active >= 0) search.setAttribute("aria-activedescendant", "search-hit-" + active);
    else search.removeAttribute("aria-activedescendant");
  }
  function pick(i) {
    search.value = NODES.label[i];
    hits = []; active = -1;
    results.hidden = true;
    search.setAttribute("aria-expanded", "false");
    setSelection([i]);
    view.centerOn(i);
    showDetails(nodeCard(i, true));
  }
  search.addEventListener("input", function () { hits = find(search.value); active = hits.length ? 0 : -1; renderHits(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" && hits.length) { active = (active + 1) % hits.length; renderHits(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp" && hits.length) { active = (active + hits.length - 1) % hits.length; renderHits(); ev.preventDefault(); }
    else if (ev.key === "Enter" && active >= 0) { pick(hits[active]); ev.preventDefault(); }
    else if (ev.key === "Escape" && !results.hidden) {  // a second Escape clears the focus
      search.value = ""; hits = []; active = -1; renderHits(); ev.stopPropagation();
    }
  });
  search.addEventListener("blur", function () { results.hidden = true; search.setAttribute("aria-expanded", "false"); });
  document.addEventListener("keydown", function (ev) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
    if (ev.key === "/" && !typing) { search.focus(); search.select(); ev.preventDefault(); }
    else if (ev.key === "Escape") {
      details.hidden = true;
      setLasso(false);
      if (focusSteps) { focusSteps = 0; focusSelect.value = "0"; }
      setSelection([]);
    }
  });

  // -- lasso: draw around actors to select them ------------------------------------------
  var layer = document.getElementById("lasso-layer"), lassoButton = document.getElementById("lasso");
  var lassoOn = false, shiftDown = false, path = null, points = [];
  function setLasso(on) {
    lassoOn = on;
    lassoButton.setAttribute("aria-pressed", on ? "true" : "false");
    armLayer();
  }
  function armLayer() { layer.classList.toggle("armed", lassoOn || shiftDown); }
  lassoButton.addEventListener("click", function () { setLasso(!lassoOn); });
  document.getElementById("fit").addEventListener("click", function () { view.fit(); });
  window.addEventListener("keydown", function (ev) { if (ev.key === "Shift") { shiftDown = true; armLayer(); } });
  window.addEventListener("keyup", function (ev) { if (ev.key === "Shift") { shiftDown = false; armLayer(); } });
  window.addEventListener("blur", function () { shiftDown = false; armLayer(); });
  function local(ev) {
    var box = container.getBoundingClientRect();
    return [ev.clientX - box.left, ev.clientY - box.top];
  }
  layer.addEventListener("pointerdown", function (ev) {
    points = [local(ev)];
    path = svg("polygon", { "class": "lasso" });
    layer.append(path);
    layer.setPointerCapture(ev.pointerId);
    ev.preventDefault();
  });
  layer.addEventListener("pointermove", function (ev) {
    if (!path) return;
    points.push(local(ev));
    path.setAttribute("points", points.map(function (p) { return p[0] + "," + p[1]; }).join(" "));
  });
  layer.addEventListener("pointerup", function (ev) {
    if (!path) return;
    path.remove();
    path = null;
    var inside = [], i, p;
    if (points.length > 2) {
      for (i = 0; i < N; i++) {
        if (nodeHidden[i]) continue;
        p = view.screenPosition(i);
        if (within(p.x, p.y, points)) inside.push(i);
      }
    }
    setSelection(ev.ctrlKey || ev.metaKey ? selected.concat(inside) : inside);
    if (inside.length) showDetails(selectionCard());
    if (lassoOn) setLasso(false);
  });
  function within(x, y, polygon) {  // ray casting
    var inside = false, a, b, k, l;
    for (k = 0, l = polygon.length - 1; k < polygon.length; l = k++) {
      a = polygon[k]; b = polygon[l];
      if ((a[1] > y) !== (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
    return inside;
  }

  // -- tooltips and details ---------------------------------------------------------------
  function dl(list) {
    var box = el("dl");
    list.forEach(function (p) { box.append(el("dt", null, p[0])); var dd = el("dd"); dd.append(textOrLink(p[1])); box.append(dd); });
    return box;
  }
  function edgeTitle(j) {
    var r = model.relation(j);
    return NODES.label[EDGES.from[j]] + (model.arrow(j) ? " → " : " — ") + NODES.label[EDGES.to[j]] +
      ": " + r.name + (r.description ? " (" + r.description + ")" : "");
  }
  function nodeCard(i, full) {
    var box = el("div");
    box.append(el("div", "head", NODES.label[i]),
      el("div", "sub", model.kind(i).name + (NODES.key[i] !== NODES.label[i] ? " · id " + NODES.key[i] : "")));
    var list = pairs(NODES.figures, i);
    pairs(NODES.info, i).forEach(function (p) { if (p[0] !== "kind" && (full || p[0] !== "aliases")) list.push(p); });
    if (list.length) box.append(dl(list));
    if (full) {
      var all = start[i + 1] - start[i], rel = [], k, j;
      for (k = start[i]; k < start[i + 1]; k++) { j = incident[k]; if (!edgeHidden[j] && rel.indexOf(j) < 0) rel.push(j); }
      if (all) {
        box.append(el("h3", null, plural(rel.length, "relation") + " shown" +
          (all > rel.length ? " (" + (all - rel.length) + " hidden by the filters)" : "")));
        var ul = el("ul");
        rel.slice(0, 40).forEach(function (j) {
          var out = EDGES.from[j] === i, other = NODES.label[out ? EDGES.to[j] : EDGES.from[j]];
          ul.append(el("li", null, (out ? model.relation(j).name + " → " : "← " + model.relation(j).name + " · ") + other));
        });
        if (rel.length > 40) ul.append(el("li", null, "…and " + (rel.length - 40) + " more"));
        box.append(ul);
      }
    }
    return box;
  }
  function edgeCard(j, full) {
    var box = el("div"), info = pairs(EDGES.info, j), r = model.relation(j), sub = [];
    function value(key) { for (var k = 0; k < info.length; k++) if (info[k][0] === key) return info[k][1]; return null; }
    box.append(el("div", "head", edgeTitle(j)));
    if (r.mode) sub.push(r.mode);
    sub.push(r.polarity > 0 ? "positive" : r.polarity < 0 ? "negative" : "neutral");
    var since = value("start"), until = value("end");
    if (since || until) sub.push((since || "…") + " – " + (until || "…"));
    box.append(el("div", "sub", sub.join(" · ")));
    var evidence = value("evidence");
    if (evidence) box.append(el("div", "quote", evidence));
    var rest = info.filter(function (p) {
      return p[0] !== "evidence" && p[0] !== "start" && p[0] !== "end" &&
        (full || p[0] === "weight" || p[0] === "document");
    });
    if (rest.length) box.append(dl(rest));
    return box;
  }
  function selectionCard() {
    var box = el("div");
    box.append(el("div", "head", plural(selected.length, "actor") + " selected"));
    var ul = el("ul");
    selected.slice(0, 60).forEach(function (i) { ul.append(el("li", null, NODES.label[i])); });
    if (selected.length > 60) ul.append(el("li", null, "…and " + (selected.length - 60) + " more"));
    box.append(ul);
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
  var details = document.getElementById("details"), detailsBody = details.querySelector(".body");
  function showDetails(card) { detailsBody.replaceChildren(card); details.hidden = false; }
  document.getElementById("details-close").addEventListener("click", function () {
    details.hidden = true; setSelection([]);
  });

  // -- talking to an embedding page (the notebook widget) -------------------------------
  // Messages are taken only from the parent window; what is sent is the state as data.
  var embedded = window.parent !== window;
  function post(type) {
    if (!embedded) return;
    window.parent.postMessage({
      graphkit: type,
      selected: selected.map(function (i) { return NODES.key[i]; }),
      hiddenKinds: KINDS.filter(function (k, i) { return hiddenKinds[i]; }).map(function (k) { return k.name; }),
      hiddenRelations: RELATIONS.filter(function (r, k) { return hiddenRelations[k]; }).map(function (r) { return r.name; }),
      asOf: asOf,
      shown: shown
    }, "*");
  }
  window.addEventListener("message", function (event) {
    var m = event.data;
    if (!embedded || event.source !== window.parent || !m || m.graphkit !== "set") return;
    if (Array.isArray(m.hiddenKinds)) KINDS.forEach(function (k, i) { hiddenKinds[i] = m.hiddenKinds.indexOf(k.name) >= 0 ? 1 : 0; });
    if (Array.isArray(m.hiddenRelations)) RELATIONS.forEach(function (r, k) { hiddenRelations[k] = m.hiddenRelations.indexOf(r.name) >= 0 ? 1 : 0; });
    if (Array.isArray(m.selected)) {
      var index = Object.create(null);
      NODES.key.forEach(function (key, i) { index[key] = i; });
      selected = m.selected.filter(function (key) { return typeof key === "string" && key in index; })
        .map(function (key) { return index[key]; });
      view.setSelected(selected);
    }
    if (m.asOf === null || (typeof m.asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(m.asOf))) setAsOf(m.asOf);
    else applyFilters();
  });

  window.graphkit = {
    model: model, view: view, find: find,
    shown: function () { return shown; },
    selected: function () { return selected.map(function (i) { return NODES.key[i]; }); },
    select: setSelection
  };
  window.graphkitData = data;
  applyFilters();
})();
