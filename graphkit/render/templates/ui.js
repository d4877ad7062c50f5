// graphkit page: header, legend, filters, "as of" and periods, search, focus, selection,
// labels, tooltips and details, shared by both views (vis-network and sigma.js), which
// only draw. The data is the wire format of graphkit/render/wire.py. Data is only ever put
// into the page as text (textContent, canvas labels); links are made only from http: and
// https: URLs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var NODES = data.nodes, EDGES = data.edges;
  var N = NODES.key.length, M = EDGES.from.length;
  var KINDS = data.legend.kinds, RELATIONS = data.legend.relations;
  var CAMPS = data.camps ? data.camps.camps : [], PERIODS = data.camps && data.camps.periods || [];
  var MODE_NOTE = { verbal: "statements", material: "acts and support",
    structural: "organisation", territorial: "places" };
  var MODE_LINE = { verbal: "dashed", material: "solid", structural: "dotted", territorial: "dash-dot" };
  var SWITCH_RING = "#ef6c00", MIXED = "#3d4a57", LABEL_FONT = 12;

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
  var sizeOf = typeof NODES.size === "number" ? function () { return NODES.size; } :
    function (i) { return NODES.size[i]; };

  // -- colours: of all dates, or of the period shown -------------------------------------
  var campOf = NODES.camp || null, ringOf = new Int32Array(N).fill(-1);
  var inferred = new Uint8Array(N), againstBoth = new Uint8Array(N);
  if (campOf) {
    NODES.ring.index.forEach(function (i, k) { ringOf[i] = NODES.ring.value[k]; });
    NODES.inferred.forEach(function (i) { inferred[i] = 1; });
    NODES.againstBoth.forEach(function (i) { againstBoth[i] = 1; });
  }
  var period = -1, switching = new Uint8Array(N);
  function fill(i) {
    if (period < 0) return data.palette[NODES.color[i]];
    var c = NODES.periodCamp[period][i];
    return c < 0 ? data.camps.none : periodColour(period, c);
  }
  function periodColour(p, c) { return PERIODS[p].colors[c] || CAMPS[c].color; }
  function ring(i) {
    if (switching[i]) return SWITCH_RING;
    if (period < 0 && ringOf[i] >= 0) return data.palette[ringOf[i]];
    return null;
  }

  // -- parallel relations: one line per pair, with a count -------------------------------
  // bundleOf[j] is the pair of relation j when its pair has several relations, else -1.
  var bundleOf = new Int32Array(M).fill(-1), bundles = [];
  (function () {
    var seen = new Map(), j, a, b, key, first;
    for (j = 0; j < M; j++) {
      a = EDGES.from[j]; b = EDGES.to[j];
      if (a === b) continue;
      key = a < b ? a * N + b : b * N + a;
      first = seen.get(key);
      if (first === undefined) { seen.set(key, j); continue; }
      if (first >= 0) {
        bundleOf[first] = bundles.length;
        bundles.push({ a: Math.min(a, b), b: Math.max(a, b), members: [first] });
        seen.set(key, -1 - (bundles.length - 1));
        first = -bundles.length;
      }
      bundleOf[j] = -1 - first;
      bundles[-1 - first].members.push(j);
    }
  })();
  var B = bundles.length, expanded = new Uint8Array(B);

  // -- what is shown: filters, "as of", selection and focus (set by the controls below) --
  var hiddenRelations = new Uint8Array(RELATIONS.length), hiddenKinds = new Uint8Array(KINDS.length);
  var asOf = null, span = null, selected = [], focusIn = null, focusCounts = null, switchList = [];
  var nodeHidden = new Uint8Array(N), edgeHidden = new Uint8Array(M), bundleShown = new Int32Array(B);
  var relationShown = new Uint8Array(M), shown = { actors: N, relations: M };
  function holds(j) {  // the rule of graphkit.snapshot, on first and last days
    if (span === null || !EDGES.since) return true;
    var s = EDGES.since[j], u = EDGES.until[j];
    return (s < 0 || data.days[s] <= span[1]) && (u < 0 || span[0] <= data.days[u]);
  }
  function computeShown() {
    var i, j, b, k, actors = 0, relations = 0, members, visible;
    for (i = 0; i < N; i++) { nodeHidden[i] = hiddenKinds[NODES.kind[i]]; if (!nodeHidden[i]) actors++; }
    for (j = 0; j < M; j++) {
      relationShown[j] = hiddenRelations[EDGES.relation[j]] || nodeHidden[EDGES.from[j]] ||
        nodeHidden[EDGES.to[j]] || !holds(j) ? 0 : 1;
      edgeHidden[j] = relationShown[j] ? 0 : 1;
      if (relationShown[j]) relations++;
    }
    // a pair with two or more relations shown is one line, unless unfolded
    for (b = 0; b < B; b++) {
      members = bundles[b].members;
      visible = 0;
      for (k = 0; k < members.length; k++) visible += relationShown[members[k]];
      bundleShown[b] = visible >= 2 && !expanded[b] ? visible : 0;
      if (bundleShown[b]) for (k = 0; k < members.length; k++) edgeHidden[members[k]] = 1;
    }
    shown = { actors: actors, relations: relations };
  }
  computeShown();

  var model = {
    data: data, N: N, M: M, B: B, directed: data.directed,
    key: function (i) { return NODES.key[i]; },
    label: function (i) { return NODES.label[i]; },
    kind: function (i) { return KINDS[NODES.kind[i]]; },
    color: fill,
    ring: ring,
    size: sizeOf,
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
    curve: curve,
    edgeHidden: edgeHidden,
    bundleShown: bundleShown,
    bundles: bundles,
    bundleLook: bundleLook,
    placeLabels: placeLabels
  };
  // How a folded pair is drawn: the colour and line of its relations' type when they share
  // one, else a dark neutral line; wider the more relations it holds.
  function bundleLook(b, count) {
    var types = {}, n = 0, only = null;
    bundles[b].members.forEach(function (j) {
      var r = EDGES.relation[j];
      if (!types[r]) { types[r] = 1; n++; only = RELATIONS[r]; }
    });
    return { color: n === 1 ? only.color : MIXED, dashes: n === 1 ? only.dashes : null,
      width: 2 + Math.min(count, 8) * 0.5 };
  }
  // Relations of each actor (both directions), as compressed rows: edges of node i are
  // incident[start[i] .. start[i + 1]).
  var start = new Int32Array(N + 1), incident = new Int32Array(2 * M);
  (function () {
    var j, fillAt = new Int32Array(N);
    for (j = 0; j < M; j++) { start[EDGES.from[j] + 1]++; start[EDGES.to[j] + 1]++; }
    for (j = 0; j < N; j++) start[j + 1] += start[j];
    for (j = 0; j < M; j++) {
      incident[start[EDGES.from[j]] + fillAt[EDGES.from[j]]++] = j;
      incident[start[EDGES.to[j]] + fillAt[EDGES.to[j]]++] = j;
    }
  })();

  // -- labels: drawn by priority where they fit, never over one another -------------------
  // Priority: selected and hovered actors, actors switching camp in the period shown, then
  // those labelled at full view (the largest), largest first, then (zoomed in) the others.
  var rank = new Int32Array(N);
  (function () {
    var order = [], i;
    for (i = 0; i < N; i++) order.push(i);
    order.sort(function (a, b) { return labelled[b] - labelled[a] || sizeOf(b) - sizeOf(a) || a - b; });
    order.forEach(function (n, k) { rank[k] = n; });
  })();
  var widths = new Float32Array(N).fill(-1), bundleLabels = null, lastBoxes = [];
  var hovered = -1, MAX_LABELS = 600, MAX_SCANNED = 20000;
  function textWidth(ctx, i) {
    if (widths[i] < 0) widths[i] = ctx.measureText(NODES.label[i]).width;
    return widths[i];
  }
  // project(i) -> [x, y, radius] in CSS pixels of the drawing, or null when off screen;
  // bundleEnds(b) -> [x1, y1, x2, y2] of a folded pair drawn, or null.
  function placeLabels(ctx, project, width, height, zoomedIn, bundleEnds) {
    var cell = 48, grid = new Map(), boxes = [], placed = 0, scanned = 0, listed = new Uint8Array(N);
    function cells(x, y, w, h, add) {
      var c0 = Math.floor(x / cell), c1 = Math.floor((x + w) / cell);
      var r0 = Math.floor(y / cell), r1 = Math.floor((y + h) / cell), c, r, key, list, k, o;
      for (c = c0; c <= c1; c++) for (r = r0; r <= r1; r++) {
        key = c * 100003 + r;
        list = grid.get(key);
        if (add) { if (!list) grid.set(key, list = []); list.push(add); continue; }
        if (!list) continue;
        for (k = 0; k < list.length; k++) {
          o = list[k];
          if (x < o[0] + o[2] && o[0] < x + w && y < o[1] + o[3] && o[1] < y + h) return true;
        }
      }
      return false;
    }
    function take(box) { cells(box[0], box[1], box[2], box[3], box); boxes.push(box); }
    var note = document.getElementById("shown");  // the counter over the drawing: kept clear
    if (note.textContent) {
      var noteBox = note.getBoundingClientRect(), stage = container.getBoundingClientRect();
      var obstacle = [noteBox.left - stage.left, noteBox.top - stage.top, noteBox.width, noteBox.height, null];
      cells(obstacle[0], obstacle[1], obstacle[2], obstacle[3], obstacle);
    }
    ctx.font = LABEL_FONT + "px system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif";
    ctx.textBaseline = "top";
    // the counts of folded pairs first: each on its line, at the middle or nearer an end
    var counts = [];
    if (bundleEnds) {
      for (var b = 0; b < B; b++) {
        var ends = bundleEnds(b);
        if (!ends) continue;
        var text = String(bundleShown[b]), w = ctx.measureText(text).width + 8, h = LABEL_FONT + 4;
        for (var t = 0; t < 3; t++) {
          var at = [0.5, 0.35, 0.65][t];
          var bx = ends[0] + (ends[2] - ends[0]) * at - w / 2, by = ends[1] + (ends[3] - ends[1]) * at - h / 2;
          if (bx < 0 || by < 0 || bx + w > width || by + h > height) continue;  // whole only
          if (cells(bx, by, w, h)) continue;
          take([bx, by, w, h, -1 - b]);
          counts.push([bx, by, w, h, text, bundleLook(b, bundleShown[b]).color]);
          break;
        }
      }
    }
    var order = [];
    selected.forEach(function (i) { order.push(i); });
    if (hovered >= 0) order.push(hovered);
    for (var s = 0; s < N && switchList.length; s++) if (switching[s]) order.push(s);
    function consider(i) {
      if (listed[i] || nodeHidden[i] || (focusIn && !focusIn[i])) return;
      listed[i] = 1;
      scanned++;
      var p = project(i);
      if (!p || p[0] < 0 || p[0] > width) return;  // an actor out of view has no name shown
      var w = textWidth(ctx, i) + 6, h = LABEL_FONT + 3;
      var x = Math.min(Math.max(p[0] - w / 2, 2), width - w - 2);  // kept inside the view
      var below = [x, p[1] + p[2] + 1, w, h, i], above = [x, p[1] - p[2] - h - 1, w, h, i];
      var box = !cells(below[0], below[1], w, h) ? below : !cells(above[0], above[1], w, h) ? above : null;
      if (!box || box[1] < 0 || box[1] + h > height) return;  // whole names only
      take(box);
      placed++;
    }
    order.forEach(consider);
    for (var k = 0; k < N && placed < MAX_LABELS && scanned < MAX_SCANNED; k++) {
      if (!zoomedIn && !labelled[rank[k]]) break;
      consider(rank[k]);
    }
    // draw: a white halo under dark text
    ctx.lineJoin = "round";
    counts.forEach(function (c) {
      ctx.fillStyle = "#ffffff";
      ctx.strokeStyle = c[5];
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.rect(c[0] + 0.5, c[1] + 0.5, c[2] - 1, c[3] - 1);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = "#1c2530";
      ctx.fillText(c[4], c[0] + 4, c[1] + 2);
    });
    boxes.forEach(function (box) {
      var i = box[4];
      if (i < 0) return;
      ctx.lineWidth = 3.5;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(NODES.label[i], box[0] + 3, box[1] + 2);
      ctx.fillStyle = focusIn || selected.length ? (selected.indexOf(i) >= 0 ? "#0b1320" : "#1c2530") : "#1c2530";
      ctx.fillText(NODES.label[i], box[0] + 3, box[1] + 2);
    });
    lastBoxes = boxes.map(function (box) { return box.slice(); });
    return boxes;
  }
  model.labelBoxes = function () { return lastBoxes; };

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
    hoverNode: function (i) { hovered = i; showTooltip(nodeCard(i, false)); },
    hoverEdge: function (j) { showTooltip(edgeCard(j, false)); },
    hoverBundle: function (b) { showTooltip(bundleCard(b, false)); },
    blur: function () { hovered = -1; hideTooltip(); },
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
    clickBundle: function (b) { hideTooltip(); setExpanded(b, true); showDetails(bundleCard(b, true)); },
    clickStage: function () { hideTooltip(); details.hidden = true; setSelection([]); },
    moved: function () { hideTooltip(); }
  };
  var view = window.graphkitCreateView(container, model, hooks);

  // -- legend and filters ---------------------------------------------------------------
  function swatchLine(color, dashes, arrow) {
    var s = svg("svg", { width: 34, height: 12, "aria-hidden": "true" });
    s.append(svg("line", { x1: 2, y1: 6, x2: arrow ? 25 : 32, y2: 6, stroke: color,
      "stroke-width": 2.5, "stroke-dasharray": dashes ? dashes.join(" ") : "none" }));
    if (arrow) s.append(svg("path", { d: "M24 1.5 L32 6 L24 10.5 Z", fill: color }));
    return s;
  }
  var SHAPES = {
    dot: function (f) { return svg("circle", { cx: 8, cy: 8, r: 6, fill: f }); },
    ellipse: function (f) { return svg("ellipse", { cx: 8, cy: 8, rx: 7.5, ry: 4.5, fill: f }); },
    square: function (f) { return svg("rect", { x: 2, y: 2, width: 12, height: 12, fill: f }); },
    triangle: function (f) { return svg("path", { d: "M8 1.5 L14.5 13.5 L1.5 13.5 Z", fill: f }); },
    triangleDown: function (f) { return svg("path", { d: "M1.5 2.5 L14.5 2.5 L8 14.5 Z", fill: f }); },
    diamond: function (f) { return svg("path", { d: "M8 1 L15 8 L8 15 L1 8 Z", fill: f }); },
    hexagon: function (f) { return svg("path", { d: "M4 2 L12 2 L15.5 8 L12 14 L4 14 L0.5 8 Z", fill: f }); },
    star: function (f) { return svg("path", { d: "M8 0.8 L10 6 L15.5 6.2 L11.2 9.6 L12.7 15 L8 11.9 L3.3 15 L4.8 9.6 L0.5 6.2 L6 6 Z", fill: f }); }
  };
  function shapeIcon(shape, color, ringColor) {
    var s = svg("svg", { width: 16, height: 16, "aria-hidden": "true" });
    var icon = (SHAPES[view.shapes ? shape : "dot"] || SHAPES.dot)(color);
    if (ringColor) { icon.setAttribute("stroke", ringColor); icon.setAttribute("stroke-width", "2"); }
    s.append(icon);
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
      var known = Object.prototype.hasOwnProperty.call(MODE_NOTE, r.mode);
      relBox.append(el("h3", null, (r.mode || "other") + (known ? " · " + MODE_NOTE[r.mode] +
        (view.dashes ? ", " + MODE_LINE[r.mode] : "") : "")));
    }
    var item = entry(swatchLine(r.color, view.dashes ? r.dashes : null, data.directed && !r.symmetric),
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
  var colorSection = document.getElementById("legend-colors");
  var colorEntries = colorSection.querySelector(".entries"), colorNote = document.getElementById("colour-note");
  function colourEntry(k) {
    var item = entry(shapeIcon("dot", k.color, k.ring), k.label, k.count);
    item.classList.add("colour");
    if (k.note) item.append(el("span", "note", k.note));
    return item;
  }
  function campEntry(k) {  // a camp's entry of the legend, from its camp (see wire.py)
    if (k.camp === undefined) return k;
    var camp = CAMPS[k.camp], note = null;
    if (data.camps.sides) {
      note = camp.faces === null || camp.faces === undefined ?
        "its component has no negative tie: no opposing camp" : "faces the " + CAMPS[camp.faces].title;
    }
    return { label: camp.title, color: camp.color, count: k.count, note: note };
  }
  function showColourLegend() {
    colorEntries.replaceChildren();
    if (period < 0) {
      data.legend.colors.forEach(function (k) { colorEntries.append(colourEntry(campEntry(k))); });
    } else {
      var counts = new Int32Array(CAMPS.length), none = 0, i, cc;
      for (i = 0; i < N; i++) { cc = NODES.periodCamp[period][i]; if (cc < 0) none++; else counts[cc]++; }
      CAMPS.forEach(function (camp, k) {
        if (counts[k]) colorEntries.append(colourEntry({ label: camp.title, color: periodColour(period, k), count: counts[k] }));
      });
      if (none) colorEntries.append(colourEntry({ label: "no camp in this period", color: data.camps.none, count: none }));
      if (switchList.length) {
        colorEntries.append(colourEntry({ label: "orange ring: switched camp in this period",
          color: "#ffffff", ring: SWITCH_RING, count: switchList.length }));
      }
    }
  }
  if (data.legend.colors.length) {
    colorSection.hidden = false;
    colorSection.querySelector("h2").textContent = "Colour: " + data.colorBy;
  }
  var notes = document.querySelector("#legend-notes .notes");
  [
    view.dashes ? "Line: solid, an act or support; dashed, a statement; dotted, an " +
      "organisational tie; dash-dot, control of a place. A type whose colour is close to " +
      "another's gets a longer dash: the legend shows each line." : null,
    data.directed ? "Arrow: from the actor to the one it acts on; no arrow: a mutual " +
      "relation." : null,
    B ? "A pair of actors with several relations is one line with their number; click it " +
      "to see each relation and its evidence." : null,
    view.notes,
    data.sizeBy ? "Node size: " + data.sizeBy + "." : "All nodes have the same size.",
    "Names that do not fit are left out; zoom in (scroll, or + and -) or hover to see them.",
    "Hover for a summary; click an actor or relation for its evidence and sources. " +
      "Ctrl-click or the lasso (or Shift and drag) selects several actors."
  ].forEach(function (t) { if (t) notes.append(el("li", null, t)); });

  // -- "as of" and periods ---------------------------------------------------------------
  var range = document.getElementById("asof-range"), dateInput = document.getElementById("asof-date");
  var asofNote = document.getElementById("asof-note"), periodLabel = document.getElementById("period-label");
  var playButton = document.getElementById("play"), timer = null;
  if (data.dates.length || PERIODS.length) {
    document.getElementById("time").hidden = false;
    var first = data.dates.length ? data.dates[0] : PERIODS[0].start;
    var last = data.dates.length ? data.dates[data.dates.length - 1] : PERIODS[PERIODS.length - 1].end;
    if (PERIODS.length && PERIODS[0].start < first) first = PERIODS[0].start;
    if (PERIODS.length && PERIODS[PERIODS.length - 1].end > last) last = PERIODS[PERIODS.length - 1].end;
    range.max = String(data.dates.length);
    dateInput.min = first;
    dateInput.max = last;
    range.addEventListener("input", function () {
      var i = Number(range.value);
      setAsOf(i === 0 ? null : data.dates[i - 1]);
    });
    dateInput.addEventListener("change", function () { setAsOf(dateInput.value || null); });
    document.getElementById("asof-clear").addEventListener("click", function () { stop(); setAsOf(null); });
  }
  if (PERIODS.length) {
    document.getElementById("period-controls").hidden = false;
    document.getElementById("period-prev").addEventListener("click", function () {
      stop(); setPeriod(period < 0 ? PERIODS.length - 1 : Math.max(0, period - 1));
    });
    document.getElementById("period-next").addEventListener("click", function () {
      stop(); setPeriod(period < 0 ? 0 : Math.min(PERIODS.length - 1, period + 1));
    });
    playButton.addEventListener("click", function () { if (timer) stop(); else play(); });
  }
  function play() {
    playButton.setAttribute("aria-pressed", "true");
    playButton.textContent = "Pause";
    if (period < 0 || period >= PERIODS.length - 1) setPeriod(0);
    timer = setInterval(function () {
      if (period >= PERIODS.length - 1) { stop(); return; }
      setPeriod(period + 1);
    }, 1500);
  }
  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    playButton.setAttribute("aria-pressed", "false");
    playButton.textContent = "Play";
  }
  function periodOf(day) {
    for (var p = 0; p < PERIODS.length; p++) if (PERIODS[p].start <= day && day <= PERIODS[p].end) return p;
    return -1;
  }
  function setColours(p, marks) {
    var changed = [], i, before = new Array(N);
    for (i = 0; i < N; i++) before[i] = fill(i) + "|" + ring(i);
    period = p;
    switchList = marks;
    switching.fill(0);
    marks.forEach(function (k) { switching[k] = 1; });
    for (i = 0; i < N; i++) if (fill(i) + "|" + ring(i) !== before[i]) changed.push(i);
    if (changed.length) view.recolor(changed);
    showColourLegend();
    colourNote();
  }
  function setAsOf(day) {
    asOf = day;
    span = day === null ? null : [day, day];
    dateInput.value = day || "";
    var i = day === null ? 0 : data.dates.filter(function (d) { return d <= day; }).length;
    range.value = String(i);
    asofNote.textContent = day === null ? "All relations, whatever their dates." :
      "Relations holding on " + day + " (undated ones always hold).";
    setColours(day === null ? -1 : periodOf(day), []);
    periodLabel.textContent = period < 0 ? "" : "period " + PERIODS[period].label;
    applyFilters();
  }
  function setPeriod(p) {
    var at = PERIODS[p];
    asOf = at.end;
    span = [at.start, at.end];
    dateInput.value = "";
    range.value = String(data.dates.filter(function (d) { return d <= at.end; }).length);
    asofNote.textContent = "Relations holding at any time from " + at.start + " to " + at.end +
      " (undated ones always hold).";
    setColours(p, at.switched);
    periodLabel.textContent = "period " + at.label + " (" + (p + 1) + " of " + PERIODS.length + ")";
    applyFilters();
  }
  function colourNote() {
    var text = "";
    if (campOf && !CAMPS.length) {
      text = "No camps: no actor has a signed relation (support or hostility), so every " +
        "actor has the no-camp colour.";
    } else if (campOf && !data.camps.sides) {
      text = "Which camps face each other is not recorded, and colours are for all dates: " +
        "draw gk.annotate(G) for camps per conflict (with freq=\"M\", per period).";
    } else if (campOf && !PERIODS.length) {
      text = "Colours are for all dates: the graph has no camps per period " +
        "(gk.annotate(G, freq=\"M\") adds them).";
    } else if (campOf && period < 0) {
      text = "Colours: camps over all dates" + (asOf ? " (no period covers " + asOf + ")" : "") +
        "; choose a date in a period, or press Play, for the camps of each period.";
    } else if (campOf) {
      var at = PERIODS[period];
      text = "Colours: the camps of " + at.label + " (" + at.start + " to " + at.end + ").";
      if (switchList.length) {
        text += " Switched camp: " + switchList.slice(0, 8).map(function (k) { return NODES.label[k]; }).join(", ") +
          (switchList.length > 8 ? " and " + (switchList.length - 8) + " more" : "") + ".";
      }
    } else if (!colorsByKind) {
      text = "Colours are for all dates.";
    }
    colorNote.textContent = text;
    colorNote.hidden = !text;
  }
  window.graphkitSetAsOf = setAsOf;
  asofNote.textContent = "All relations, whatever their dates.";

  var shownNote = document.getElementById("shown");
  function applyFilters() {
    computeShown();
    relationBoxes.forEach(function (item, k) { syncBox(item, !hiddenRelations[k]); });
    kindBoxes.forEach(function (item, k) { syncBox(item, !hiddenKinds[k]); });
    view.setHidden(nodeHidden, edgeHidden, bundleShown);
    applyFocus();
    post("state");
  }
  function showCounts() {
    var text = focusCounts ?
      "Shown: " + fmt(focusCounts[0]) + " of " + plural(shown.actors, "actor") + " and " +
        fmt(focusCounts[1]) + " of " + plural(shown.relations, "relation") + " in focus." :
      "Shown: " + plural(shown.actors, "actor") + ", " + plural(shown.relations, "relation") + ".";
    shownNote.textContent = text + " Scroll to zoom, drag to pan.";
  }
  function syncBox(item, on) {
    var box = item.querySelector("input");
    box.checked = on;
    item.classList.toggle("off", !on);
  }
  function setExpanded(b, on) {
    if (!!expanded[b] === on) return;
    expanded[b] = on ? 1 : 0;
    applyFilters();
  }

  // -- selection and focus --------------------------------------------------------------
  var focusSteps = 0;
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
      focusIn = null;
      focusCounts = null;
      view.setFocus(null, null, null);
      focusNote.textContent = focusSteps ? "Select an actor (click, search or lasso) to focus on it." : "";
      showCounts();
      return;
    }
    var depth = new Int32Array(N).fill(-1), queue = [], head = 0, i, k, j, other, b, relations = 0;
    selected.forEach(function (s) { if (!nodeHidden[s] && depth[s] < 0) { depth[s] = 0; queue.push(s); } });
    while (head < queue.length) {
      i = queue[head++];
      if (depth[i] >= focusSteps) continue;
      for (k = start[i]; k < start[i + 1]; k++) {
        j = incident[k];
        if (!relationShown[j]) continue;
        other = EDGES.from[j] === i ? EDGES.to[j] : EDGES.from[j];
        if (depth[other] < 0) { depth[other] = depth[i] + 1; queue.push(other); }
      }
    }
    var nodeIn = new Uint8Array(N), edgeIn = new Uint8Array(M), bundleIn = new Uint8Array(B);
    queue.forEach(function (n) { nodeIn[n] = 1; });
    for (j = 0; j < M; j++) {
      edgeIn[j] = relationShown[j] && nodeIn[EDGES.from[j]] && nodeIn[EDGES.to[j]] ? 1 : 0;
      relations += edgeIn[j];
    }
    for (b = 0; b < B; b++) bundleIn[b] = nodeIn[bundles[b].a] && nodeIn[bundles[b].b] ? 1 : 0;
    focusIn = nodeIn;
    focusCounts = [queue.length, relations];
    view.setFocus(nodeIn, edgeIn, bundleIn);
    focusNote.textContent = "Focus: " + selected.map(model.label).join(", ") + " and " +
      plural(queue.length - selected.length, "actor") + " within " + plural(focusSteps, "step") +
      "; the rest is dimmed. Esc clears.";
    showCounts();
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
    else if ((ev.key === "+" || ev.key === "=") && !typing) { view.zoom(1.5); }
    else if (ev.key === "-" && !typing) { view.zoom(1 / 1.5); }
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
  function campLines(i) {
    var out = [], cc = period >= 0 ? NODES.periodCamp[period][i] : campOf[i];
    if (cc < 0) {
      out.push(["camp", period >= 0 ? "none in " + PERIODS[period].label : "none (a place, or no signed tie)"]);
      return out;
    }
    var camp = CAMPS[cc];
    out.push(["camp", camp.title + (period >= 0 ? " in " + PERIODS[period].label : "")]);
    if (period < 0 && camp.faces !== null && camp.faces !== undefined) out.push(["faces", CAMPS[camp.faces].title]);
    if (period < 0 && inferred[i]) out.push(["placement", "inferred through its leads or member_of relations"]);
    if (period < 0 && againstBoth[i]) out.push(["against both", "negative ties to both camps of its conflict"]);
    if (switching[i]) out.push(["switched", "changed camp in " + PERIODS[period].label]);
    return out;
  }
  function nodeCard(i, full) {
    var box = el("div");
    box.append(el("div", "head", NODES.label[i]),
      el("div", "sub", model.kind(i).name + (NODES.key[i] !== NODES.label[i] ? " · id " + NODES.key[i] : "")));
    var list = campOf ? campLines(i) : [];
    list = list.concat(pairs(NODES.figures, i));
    pairs(NODES.info, i).forEach(function (p) { if (p[0] !== "kind" && (full || p[0] !== "aliases")) list.push(p); });
    if (list.length) box.append(dl(list));
    if (full) {
      var all = start[i + 1] - start[i], rel = [], k, j;
      for (k = start[i]; k < start[i + 1]; k++) { j = incident[k]; if (relationShown[j] && rel.indexOf(j) < 0) rel.push(j); }
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
  function edgeCard(j, full, from) {
    var box = el("div"), info = pairs(EDGES.info, j), r = model.relation(j), sub = [];
    function value(key) { for (var k = 0; k < info.length; k++) if (info[k][0] === key) return info[k][1]; return null; }
    if (from === undefined) box.append(el("div", "head", edgeTitle(j)));
    else {  // in a pair's card: the direction and the type only
      var forward = EDGES.from[j] === from;
      box.append(el("div", "head", (model.arrow(j) ? (forward ? "→ " : "← ") : "— ") + r.name +
        (r.description ? " (" + r.description + ")" : "")));
    }
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
  function bundleCard(b, full) {
    var box = el("div"), pair = bundles[b], members = pair.members.filter(function (j) { return relationShown[j]; });
    var types = {}, order = [];
    members.forEach(function (j) {
      var name = model.relation(j).name;
      if (!types[name]) { types[name] = 0; order.push(name); }
      types[name]++;
    });
    box.append(el("div", "head", NODES.label[pair.a] + " — " + NODES.label[pair.b] + ": " +
      plural(members.length, "relation")));
    box.append(el("div", "sub", "→ from " + NODES.label[pair.a] + ", ← from " + NODES.label[pair.b]));
    box.append(el("div", "sub", order.map(function (n) { return types[n] > 1 ? n + " ×" + types[n] : n; }).join(", ")));
    if (!full) { box.append(el("div", "sub", "Click to see each relation and its evidence.")); return box; }
    var fold = el("button", "fold", "Fold into one line");
    fold.type = "button";
    fold.addEventListener("click", function () { setExpanded(b, false); details.hidden = true; });
    box.append(fold);
    members.forEach(function (j) {
      var item = el("div", "member");
      item.append(edgeCard(j, true, pair.a));
      box.append(item);
    });
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
    view.redraw();
  }
  function hideTooltip() { tooltip.hidden = true; view.redraw(); }
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
    select: setSelection,
    setPeriod: setPeriod,
    period: function () { return period < 0 ? null : PERIODS[period].label; },
    expand: setExpanded,
    openPair: function (b) { hooks.clickBundle(b); },
    drawnRelations: function () {
      var out = [], j, b;
      for (j = 0; j < M; j++) if (!edgeHidden[j]) out.push(j);
      for (b = 0; b < B; b++) if (bundleShown[b]) bundles[b].members.forEach(function (k) { if (relationShown[k]) out.push(k); });
      return out.sort(function (a, b2) { return a - b2; });
    }
  };
  window.graphkitData = data;
  showColourLegend();
  colourNote();
  applyFilters();
})();
