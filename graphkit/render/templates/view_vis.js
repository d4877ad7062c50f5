// The analyst-size view: vis-network draws shapes, dashes and curved parallel relations.
// It only draws; ui.js owns the state and calls setHidden, setFocus, setSelected, centerOn.
window.graphkitCreateView = function (container, m, hooks) {
  "use strict";
  var N = m.N, M = m.M, large = N > 1000, i, j;
  // Labels are sized in drawing units: those of the top actors so that they read at 14 px
  // with the whole graph in view; the others are small and appear when zooming in.
  var xs = [0], ys = [0];
  for (i = 0; i < N; i++) { xs.push(m.x(i)); ys.push(m.y(i)); }
  var spanX = Math.max.apply(null, xs) - Math.min.apply(null, xs) + 120;
  var spanY = Math.max.apply(null, ys) - Math.min.apply(null, ys) + 120;
  var fitScale = Math.min(1, (container.clientWidth || 800) / spanX, (container.clientHeight || 600) / spanY);
  var allLabelled = m.labelled.every(function (v) { return v === 1; });
  var topFont = allLabelled ? 14 : Math.max(14, 14 / fitScale);
  // Per-item options are kept to what differs between items (vis-network merges each
  // item's options, which dominates the time to first drawing on large graphs): node
  // colours and shapes come from groups, edge defaults from the global options.
  var groups = Object.create(null), dashedIds = [], unlabelledIds = [], topIds = [];
  var visNodes = new Array(N), visEdges = new Array(M);
  for (i = 0; i < N; i++) {
    var shape = m.kind(i).shape, color = m.color(i), group = shape + color;
    if (!groups[group]) {
      groups[group] = { shape: shape, font: { size: allLabelled ? 14 : 9 },
        color: { background: color, border: "#ffffff",
          highlight: { background: color, border: "#1c2530" },
          hover: { background: color, border: "#1c2530" } } };
    }
    var item = { id: i, x: m.x(i), y: m.y(i), group: group, size: m.size(i) };
    if (!allLabelled && m.labelled[i]) { topIds.push(i); item.font = { size: topFont }; }
    if (large && !m.labelled[i]) unlabelledIds.push(i); else item.label = m.label(i);
    visNodes[i] = item;
  }
  for (j = 0; j < M; j++) {
    var r = m.relation(j), edge = { id: j, from: m.from[j], to: m.to[j], color: r.color };
    if (!large) edge.width = m.width(j);
    if (r.dashed) { dashedIds.push(j); if (!large) edge.dashes = [6, 4]; }
    if (!m.arrow(j)) edge.arrows = { to: { enabled: false } };
    if (m.curve[j]) {
      edge.smooth = { enabled: true, type: m.curve[j] > 0 ? "curvedCW" : "curvedCCW",
        roundness: Math.abs(m.curve[j]) };
    }
    visEdges[j] = edge;
  }
  var nodes = new vis.DataSet(visNodes), edges = new vis.DataSet(visEdges);
  var edgeOpacity = large ? 0.45 : 0.9;
  var options = {
    physics: false,
    layout: { improvedLayout: false },
    groups: groups,
    interaction: { hover: true, tooltipDelay: 80, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
      multiselect: false, keyboard: false },
    nodes: { borderWidth: 1.5, borderWidthSelected: 3,
      font: { size: 14, face: "system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif",
        color: "#1c2530", strokeWidth: 4, strokeColor: "rgba(255,255,255,0.92)" },
      scaling: { label: { drawThreshold: large ? 11 : 6 } } },
    edges: { smooth: false, width: large ? 0.6 : 1.5, selectionWidth: 1.5, hoverWidth: 0.8,
      color: { opacity: edgeOpacity }, arrows: { to: { enabled: !large, scaleFactor: 0.55 } }
    }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;
  // On large graphs, dashes and arrowheads (at 0.3) and the names of minor actors (at 1) are
  // added only once zoomed in far enough to see them: at full view they are below a pixel,
  // and they triple the time of the first drawing.
  var detailed = !large, minorLabels = !large;
  function setDetail(on) {
    if (on === detailed) return;
    detailed = on;
    edges.update(dashedIds.map(function (id) { return { id: id, dashes: on ? [6, 4] : false }; }));
    network.setOptions({ edges: { arrows: { to: { enabled: on, scaleFactor: 0.55 } } } });
  }
  function setMinorLabels(on) {
    if (on === minorLabels) return;
    minorLabels = on;
    nodes.update(unlabelledIds.map(function (id) { return { id: id, label: on ? m.label(id) : undefined }; }));
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
  network.on("afterDrawing", function () { if (!pending) { pending = true; setTimeout(adjustToScale, 120); } });
  network.once("afterDrawing", hooks.drawn);
  network.on("hoverNode", function (p) { hooks.hoverNode(p.node); });
  network.on("hoverEdge", function (p) { hooks.hoverEdge(p.edge); });
  network.on("blurNode", hooks.blur);
  network.on("blurEdge", hooks.blur);
  network.on("dragStart", hooks.moved);
  network.on("zoom", hooks.moved);
  network.on("click", function (p) {
    var ev = p.event && p.event.srcEvent || {};
    // the actor under the pointer (p.nodes lists the whole selection after a ctrl-click)
    var node = network.getNodeAt(p.pointer.DOM);
    if (node !== undefined) hooks.clickNode(node, !!(ev.ctrlKey || ev.metaKey || ev.shiftKey));
    else if (p.edges.length) hooks.clickEdge(p.edges[0]);
    else hooks.clickStage();
  });

  var hidden = { nodes: new Uint8Array(N), edges: new Uint8Array(M) };
  var dim = { nodes: new Uint8Array(N), edges: new Uint8Array(M) };
  var selected = [];
  function nodeOptions(i) {
    return { id: i, hidden: !!hidden.nodes[i], opacity: dim.nodes[i] ? 0.18 : 1 };
  }
  function edgeOptions(j) {
    return { id: j, hidden: !!hidden.edges[j],
      color: { color: m.relation(j).color, opacity: dim.edges[j] ? 0.07 : edgeOpacity } };
  }
  // Only the items whose state changed are sent to vis-network.
  function update(nodeHidden, edgeHidden, nodeDim, edgeDim) {
    var nodeChanges = [], edgeChanges = [], k;
    for (k = 0; k < N; k++) {
      if (hidden.nodes[k] !== nodeHidden[k] || dim.nodes[k] !== nodeDim[k]) {
        hidden.nodes[k] = nodeHidden[k]; dim.nodes[k] = nodeDim[k];
        nodeChanges.push(nodeOptions(k));
      }
    }
    for (k = 0; k < M; k++) {
      if (hidden.edges[k] !== edgeHidden[k] || dim.edges[k] !== edgeDim[k]) {
        hidden.edges[k] = edgeHidden[k]; dim.edges[k] = edgeDim[k];
        edgeChanges.push(edgeOptions(k));
      }
    }
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    if (selected.length) network.selectNodes(selected.filter(function (s) { return !hidden.nodes[s]; }), false);
  }
  return {
    kind: "vis-network", shapes: true, dashes: true,
    notes: large ? "Dashes, arrowheads and the names of minor actors appear when zoomed in." :
      "Line width: the relation's weight.",
    setHidden: function (nodeHidden, edgeHidden) { update(nodeHidden, edgeHidden, dim.nodes, dim.edges); },
    setFocus: function (nodeIn, edgeIn) {
      var nodeDim = new Uint8Array(N), edgeDim = new Uint8Array(M), k;
      if (nodeIn) {
        for (k = 0; k < N; k++) nodeDim[k] = nodeIn[k] ? 0 : 1;
        for (k = 0; k < M; k++) edgeDim[k] = edgeIn[k] ? 0 : 1;
      }
      update(hidden.nodes, hidden.edges, nodeDim, edgeDim);
    },
    setSelected: function (ids) {
      selected = ids.slice();
      network.selectNodes(selected.filter(function (s) { return !hidden.nodes[s]; }), false);
    },
    centerOn: function (i) {
      network.focus(i, { scale: Math.max(network.getScale(), 1.2), animation: false });
    },
    fit: function () { network.fit({ animation: false }); },
    screenPosition: function (i) { return network.canvasToDOM(network.getPosition(i)); },
    drawnCounts: function () { return [network.body.nodeIndices.length, network.body.edgeIndices.length]; }
  };
};
