// The analyst-size view: vis-network draws shapes, line patterns and curved parallel
// relations; the page draws the names itself (m.placeLabels), where they fit. It only
// draws; ui.js owns the state and calls setHidden, setFocus, setSelected, recolor,
// centerOn.
window.graphkitCreateView = function (container, m, hooks) {
  "use strict";
  var N = m.N, M = m.M, B = m.B, large = N > 1000, i, j, b;
  // Per-item options are kept to what differs between items (vis-network merges each
  // item's options, which dominates the time to first drawing on large graphs): node
  // colours and shapes come from groups, edge defaults from the global options.
  var groups = Object.create(null), patterned = [];
  var visNodes = new Array(N), visEdges = new Array(M + B);
  // A province is a flat ellipse: vis-network's own "ellipse" holds the label inside it.
  function ellipse(args) {
    var ctx = args.ctx, x = args.x, y = args.y, r = args.style.size;
    return {
      drawNode: function () {
        ctx.beginPath();
        ctx.ellipse(x, y, r * 1.35, r * 0.8, 0, 0, 2 * Math.PI);
        ctx.fillStyle = args.style.color;
        ctx.fill();
        if (args.style.borderWidth) {
          ctx.lineWidth = args.style.borderWidth;
          ctx.strokeStyle = args.style.borderColor;
          ctx.stroke();
        }
      },
      nodeDimensions: { width: r * 2.7, height: r * 1.6 }
    };
  }
  function nodeLook(i) {
    var fill = m.color(i), ring = m.ring(i);
    return {
      color: { background: fill, border: ring || "#ffffff",
        highlight: { background: fill, border: "#1c2530" },
        hover: { background: fill, border: ring || "#1c2530" } },
      borderWidth: ring ? 3.5 : 1.5
    };
  }
  for (i = 0; i < N; i++) {
    var shape = m.kind(i).shape, color = m.color(i), group = shape + color;
    if (!groups[group]) {
      groups[group] = { shape: shape === "ellipse" ? "custom" : shape,
        color: { background: color, border: "#ffffff",
          highlight: { background: color, border: "#1c2530" },
          hover: { background: color, border: "#1c2530" } } };
      if (shape === "ellipse") groups[group].ctxRenderer = ellipse;
    }
    var item = { id: i, x: m.x(i), y: m.y(i), group: group, size: m.size(i) };
    if (m.ring(i)) Object.assign(item, nodeLook(i));
    visNodes[i] = item;
  }
  function dashes(pattern) { return pattern ? pattern.slice() : false; }
  for (j = 0; j < M; j++) {
    var r = m.relation(j), edge = { id: j, from: m.from[j], to: m.to[j], color: r.color };
    if (!large) edge.width = m.width(j);
    if (r.dashes) { patterned.push(j); if (!large) edge.dashes = dashes(r.dashes); }
    if (!m.arrow(j)) edge.arrows = { to: { enabled: false } };
    if (m.curve[j]) {
      edge.smooth = { enabled: true, type: m.curve[j] > 0 ? "curvedCW" : "curvedCCW",
        roundness: Math.abs(m.curve[j]) };
    }
    if (m.edgeHidden[j]) edge.hidden = true;
    visEdges[j] = edge;
  }
  function bundleEdge(b) {
    var count = m.bundleShown[b], look = m.bundleLook(b, count || 2);
    return { id: M + b, from: m.bundles[b].a, to: m.bundles[b].b, hidden: !count,
      color: { color: look.color, opacity: dim.bundles[b] ? 0.07 : 0.95 }, width: look.width,
      dashes: dashes(look.dashes), arrows: { to: { enabled: false } }, smooth: false };
  }
  var hidden = { nodes: new Uint8Array(N), edges: new Uint8Array(M), bundles: new Int32Array(B) };
  var dim = { nodes: new Uint8Array(N), edges: new Uint8Array(M), bundles: new Uint8Array(B) };
  hidden.edges.set(m.edgeHidden);
  hidden.bundles.set(m.bundleShown);
  for (b = 0; b < B; b++) visEdges[M + b] = bundleEdge(b);
  var nodes = new vis.DataSet(visNodes), edges = new vis.DataSet(visEdges);
  var edgeOpacity = large ? 0.45 : 0.9;
  var options = {
    physics: false,
    layout: { improvedLayout: false },
    groups: groups,
    interaction: { hover: true, tooltipDelay: 80, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
      multiselect: false, keyboard: false },
    nodes: { borderWidth: 1.5, borderWidthSelected: 3 },
    edges: { smooth: false, width: large ? 0.6 : 1.5, selectionWidth: 1.5, hoverWidth: 0.8,
      color: { opacity: edgeOpacity }, arrows: { to: { enabled: !large, scaleFactor: 0.55 } }
    }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;
  // On large graphs, line patterns and arrowheads are added only once zoomed in far enough
  // to see them (at 0.3): at full view they are below a pixel, and they triple the time
  // of the first drawing.
  var detailed = !large, pending = false, fitScale = null;
  function setDetail(on) {
    if (on === detailed) return;
    detailed = on;
    edges.update(patterned.map(function (id) { return { id: id, dashes: on ? dashes(m.relation(id).dashes) : false }; }));
    network.setOptions({ edges: { arrows: { to: { enabled: on, scaleFactor: 0.55 } } } });
  }
  function adjustToScale() {
    pending = false;
    if (large) setDetail(network.getScale() >= 0.3);
  }
  // The names: in screen pixels, over the drawing, by m.placeLabels.
  network.on("afterDrawing", function (ctx) {
    if (!pending && large) { pending = true; setTimeout(adjustToScale, 120); }
    var scale = network.getScale(), view = network.body.view.translation;
    if (fitScale === null) fitScale = scale;
    var ratio = network.canvas.pixelRatio || 1;
    var width = container.clientWidth, height = container.clientHeight;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    m.placeLabels(ctx, function (k) {
      var x = m.x(k) * scale + view.x, y = m.y(k) * scale + view.y, radius = m.size(k) * scale;
      if (x < -200 || y < -40 || x > width + 200 || y > height + 40) return null;
      return [x, y, m.kind(k).shape === "ellipse" ? radius * 0.8 : radius];
    }, width, height, scale >= fitScale * 1.8, function (k) {
      if (!hidden.bundles[k] || dim.bundles[k]) return null;
      var a = m.bundles[k].a, c = m.bundles[k].b;
      return [m.x(a) * scale + view.x, m.y(a) * scale + view.y, m.x(c) * scale + view.x, m.y(c) * scale + view.y];
    });
    ctx.restore();
  });
  network.once("afterDrawing", hooks.drawn);
  network.on("hoverNode", function (p) { hooks.hoverNode(p.node); });
  network.on("hoverEdge", function (p) {
    if (p.edge >= M) hooks.hoverBundle(p.edge - M); else hooks.hoverEdge(p.edge);
  });
  network.on("blurNode", hooks.blur);
  network.on("blurEdge", hooks.blur);
  network.on("dragStart", hooks.moved);
  network.on("zoom", hooks.moved);
  // The drawing fits its frame until the reader moves the view. A page drawn in a frame
  // still being laid out (a notebook cell, a tab opened later) is fitted to that first
  // size, which vis-network keeps when the frame grows: actors would sit outside the
  // frame, out of reach of a click.
  var fitted = true;
  network.on("dragStart", function (p) { if (!p.nodes.length) fitted = false; });
  network.on("zoom", function () { fitted = false; });
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(function () {
      if (!fitted || !container.clientWidth || !container.clientHeight) return;
      network.setSize("100%", "100%");
      network.fit({ animation: false });
    }).observe(container);
  }
  network.on("click", function (p) {
    var ev = p.event && p.event.srcEvent || {};
    // the actor under the pointer (p.nodes lists the whole selection after a ctrl-click)
    var node = network.getNodeAt(p.pointer.DOM);
    if (node !== undefined) hooks.clickNode(node, !!(ev.ctrlKey || ev.metaKey || ev.shiftKey));
    else if (p.edges.length && p.edges[0] >= M) hooks.clickBundle(p.edges[0] - M);
    else if (p.edges.length) hooks.clickEdge(p.edges[0]);
    else hooks.clickStage();
  });

  var selected = [];
  // A redraw when the page's state changes (names by priority), coalesced with vis-network's
  // own into the next frame: network.redraw() draws at once, 0.3 to 0.6 s at 10,000 actors.
  function requestRedraw() { network.body.emitter.emit("_requestRedraw"); }
  function nodeOptions(k) {
    return { id: k, hidden: !!hidden.nodes[k], opacity: dim.nodes[k] ? 0.18 : 1 };
  }
  function edgeOptions(k) {
    return { id: k, hidden: !!hidden.edges[k],
      color: { color: m.relation(k).color, opacity: dim.edges[k] ? 0.07 : edgeOpacity } };
  }
  // Only the items whose state changed are sent to vis-network.
  function update(nodeHidden, edgeHidden, bundleShown, nodeDim, edgeDim, bundleDim) {
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
    for (k = 0; k < B; k++) {
      if (hidden.bundles[k] !== bundleShown[k] || dim.bundles[k] !== bundleDim[k]) {
        hidden.bundles[k] = bundleShown[k]; dim.bundles[k] = bundleDim[k];
        edgeChanges.push(bundleEdge(k));
      }
    }
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    if (selected.length) network.selectNodes(selected.filter(function (s) { return !hidden.nodes[s]; }), false);
    requestRedraw();
  }
  return {
    kind: "vis-network", shapes: true, dashes: true,
    notes: large ? "Line patterns and arrowheads appear when zoomed in." :
      "Line width: the relation's weight.",
    setHidden: function (nodeHidden, edgeHidden, bundleShown) {
      update(nodeHidden, edgeHidden, bundleShown, dim.nodes, dim.edges, dim.bundles);
    },
    setFocus: function (nodeIn, edgeIn, bundleIn) {
      var nodeDim = new Uint8Array(N), edgeDim = new Uint8Array(M), bundleDim = new Uint8Array(B), k;
      if (nodeIn) {
        for (k = 0; k < N; k++) nodeDim[k] = nodeIn[k] ? 0 : 1;
        for (k = 0; k < M; k++) edgeDim[k] = edgeIn[k] ? 0 : 1;
        for (k = 0; k < B; k++) bundleDim[k] = bundleIn[k] ? 0 : 1;
      }
      update(hidden.nodes, hidden.edges, hidden.bundles, nodeDim, edgeDim, bundleDim);
    },
    setSelected: function (ids) {
      selected = ids.slice();
      network.selectNodes(selected.filter(function (s) { return !hidden.nodes[s]; }), false);
      requestRedraw();
    },
    recolor: function (ids) {
      nodes.update(ids.map(function (k) { return Object.assign({ id: k }, nodeLook(k)); }));
    },
    redraw: requestRedraw,
    centerOn: function (k) {
      fitted = false;
      network.focus(k, { scale: Math.max(network.getScale(), 1.2), animation: false });
    },
    fit: function () { fitted = true; network.fit({ animation: false }); },
    zoom: function (factor) { fitted = false; network.moveTo({ scale: network.getScale() * factor, animation: false }); },
    screenPosition: function (k) { return network.canvasToDOM(network.getPosition(k)); },
    drawnCounts: function () {
      var relations = 0;
      network.body.edgeIndices.forEach(function (id) { relations += id < M ? 1 : hidden.bundles[id - M]; });
      return [network.body.nodeIndices.length, relations];
    },
    bundlesDrawn: function () {
      return network.body.edgeIndices.filter(function (id) { return id >= M; }).map(function (id) { return id - M; });
    }
  };
};
