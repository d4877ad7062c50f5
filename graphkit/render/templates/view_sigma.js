// The event-scale view: sigma.js 3 draws the graph with WebGL from a graphology graph.
// Every actor is a disc (kinds by colour), relations are straight lines (arrowheads up to
// ARROWS_UNTIL relations); the page draws the names itself (m.placeLabels) on sigma's
// label layer, where they fit. It only draws; ui.js owns the state.
window.graphkitCreateView = function (container, m, hooks) {
  "use strict";
  var ARROWS_UNTIL = 20000, DIM_NODE = "#dfe3e8", DIM_EDGE = "#eef0f3";
  var N = m.N, M = m.M, B = m.B, i, j, b;
  var graph = new graphology.Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  var arrows = M <= ARROWS_UNTIL;
  // Disc sizes in pixels at full view: the page's radii, smaller as sigma does not scale
  // them with the zoom the way vis-network does.
  for (i = 0; i < N; i++) {
    graph.addNode(String(i), { x: m.x(i), y: -m.y(i), size: Math.max(1.5, m.size(i) * 0.55),
      color: m.color(i), label: m.label(i) });
  }
  for (j = 0; j < M; j++) {
    var r = m.relation(j);
    graph.addDirectedEdgeWithKey(String(j), String(m.from[j]), String(m.to[j]), {
      color: r.color, size: M > 50000 ? 0.5 : m.width(j) * 0.6,
      type: arrows && m.arrow(j) ? "arrow" : "line"
    });
  }
  for (b = 0; b < B; b++) {
    var look = m.bundleLook(b, 2);
    graph.addUndirectedEdgeWithKey("b" + b, String(m.bundles[b].a), String(m.bundles[b].b), {
      color: look.color, size: 1.6, type: "line"
    });
  }
  var hidden = { nodes: new Uint8Array(N), edges: new Uint8Array(M), bundles: new Int32Array(B) };
  hidden.edges.set(m.edgeHidden);
  hidden.bundles.set(m.bundleShown);
  var focus = null, selected = new Uint8Array(N), hovered = -1;
  var renderer = new Sigma(graph, container, {
    renderLabels: false,  // the page draws them, never over one another
    // a frame with no size yet (a hidden tab, a notebook cell being laid out) is drawn
    // once it has one, not refused with an error
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    hideEdgesOnMove: M > 50000,
    labelFont: "system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif",
    labelSize: 12,
    zIndex: true,
    nodeReducer: function (key, attributes) {
      var k = +key;
      if (hidden.nodes[k]) return Object.assign({}, attributes, { hidden: true });
      if (selected[k]) return Object.assign({}, attributes, { highlighted: true, zIndex: 2 });
      if (focus && !focus.nodes[k]) return Object.assign({}, attributes, { color: DIM_NODE, label: null, zIndex: 0 });
      return focus ? Object.assign({}, attributes, { zIndex: 1 }) : attributes;
    },
    edgeReducer: function (key, attributes) {
      var bundle = key.charAt(0) === "b", k = bundle ? +key.slice(1) : +key;
      if (bundle ? !hidden.bundles[k] : hidden.edges[k]) return Object.assign({}, attributes, { hidden: true });
      var into = focus && !(bundle ? focus.bundles[k] : focus.edges[k]);
      if (into) return Object.assign({}, attributes, { color: DIM_EDGE, zIndex: 0 });
      if (bundle) {
        var look = m.bundleLook(k, hidden.bundles[k]);
        return Object.assign({}, attributes, { color: look.color, size: look.width * 0.8, zIndex: 1 });
      }
      return focus ? Object.assign({}, attributes, { zIndex: 1 }) : attributes;
    }
  });
  window.sigma = renderer;
  // The names, on sigma's label layer (left empty by sigma as renderLabels is off); the
  // hovered and selected actors have theirs drawn by sigma's hover layer.
  var labels = renderer.getCanvases().labels.getContext("2d");
  renderer.on("afterRender", function () {
    var width = container.clientWidth, height = container.clientHeight;
    labels.clearRect(0, 0, width, height);
    var ratio = renderer.getCamera().ratio;
    m.placeLabels(labels, function (k) {
      if (selected[k] || k === hovered) return null;
      var d = renderer.getNodeDisplayData(String(k));
      if (!d || d.hidden) return null;
      var p = renderer.framedGraphToViewport(d);
      if (p.x < -200 || p.y < -40 || p.x > width + 200 || p.y > height + 40) return null;
      return [p.x, p.y, renderer.scaleSize(d.size)];
    }, width, height, ratio < 0.55, function (k) {
      if (!hidden.bundles[k] || (focus && !focus.bundles[k])) return null;
      var a = renderer.getNodeDisplayData(String(m.bundles[k].a));
      var c = renderer.getNodeDisplayData(String(m.bundles[k].b));
      if (!a || !c) return null;
      var p = renderer.framedGraphToViewport(a), q = renderer.framedGraphToViewport(c);
      return [p.x, p.y, q.x, q.y];
    });
  });
  renderer.once("afterRender", hooks.drawn);
  renderer.on("enterNode", function (e) { hovered = +e.node; hooks.hoverNode(hovered); });
  renderer.on("leaveNode", function () { hovered = -1; hooks.blur(); });
  renderer.on("enterEdge", function (e) {
    if (hovered >= 0) return;
    if (e.edge.charAt(0) === "b") hooks.hoverBundle(+e.edge.slice(1)); else hooks.hoverEdge(+e.edge);
  });
  renderer.on("leaveEdge", function () { if (hovered < 0) hooks.blur(); });
  // sigma counts any second click within its double-click time as a double click, wherever
  // it lands, and sends no click for it: a quick click on another actor, relation or the
  // background is a click (and does not zoom); only a true double click zooms.
  var lastClick = null;
  function onClick(what, act) {
    renderer.on("click" + what, function (e) { lastClick = target(what, e); act(e); });
    renderer.on("doubleClick" + what, function (e) {
      var hit = target(what, e);
      if (hit === lastClick) return;
      e.preventSigmaDefault();
      lastClick = hit;
      act(e);
    });
  }
  function target(what, e) { return what === "Node" ? "n" + e.node : what === "Edge" ? "e" + e.edge : "s"; }
  onClick("Node", function (e) {
    var ev = e.event && e.event.original || {};
    hooks.clickNode(+e.node, !!(ev.ctrlKey || ev.metaKey || ev.shiftKey));
  });
  onClick("Edge", function (e) {
    if (e.edge.charAt(0) === "b") hooks.clickBundle(+e.edge.slice(1)); else hooks.clickEdge(+e.edge);
  });
  onClick("Stage", hooks.clickStage);
  renderer.getCamera().on("updated", hooks.moved);
  // sigma follows the window's size; the frame can change without it (a side panel
  // opened, a notebook cell laid out), and the drawing follows the frame
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(function () { renderer.resize(); renderer.refresh(); }).observe(container);
  }
  return {
    kind: "sigma.js", shapes: false, dashes: false,
    notes: "Large-graph view (WebGL): every actor is a disc coloured by " +
      (m.data.colorBy === "kind" ? "kind" : m.data.colorBy) + "; relations are straight lines" +
      (arrows ? "" : " without arrowheads") + ", line patterns and rings are not drawn.",
    setHidden: function (nodeHidden, edgeHidden, bundleShown) {
      hidden.nodes.set(nodeHidden);
      hidden.edges.set(edgeHidden);
      hidden.bundles.set(bundleShown);
      renderer.refresh();
    },
    setFocus: function (nodeIn, edgeIn, bundleIn) {
      if (!nodeIn && !focus) return;  // nothing to redraw
      focus = nodeIn ? { nodes: nodeIn, edges: edgeIn, bundles: bundleIn } : null;
      renderer.refresh();
    },
    setSelected: function (ids) {
      // only the actors whose state changes are processed again, not the whole graph
      var changed = [], k;
      for (k = 0; k < N; k++) if (selected[k]) { selected[k] = 0; changed.push(String(k)); }
      ids.forEach(function (i) { selected[i] = 1; changed.push(String(i)); });
      if (changed.length) renderer.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
    },
    recolor: function (ids) {
      ids.forEach(function (k) { graph.setNodeAttribute(String(k), "color", m.color(k)); });
    },
    redraw: function () { renderer.scheduleRender(); },
    centerOn: function (k) {
      var at = renderer.getNodeDisplayData(String(k));
      if (!at) return;
      var camera = renderer.getCamera();
      // at once: sigma's animation can stop short of its target when frames are slow
      camera.setState({ x: at.x, y: at.y, ratio: Math.min(camera.ratio, 0.12), angle: 0 });
    },
    fit: function () { renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); },
    zoom: function (factor) {
      var camera = renderer.getCamera();
      camera.setState({ ratio: camera.ratio / factor });
    },
    screenPosition: function (k) {
      var a = graph.getNodeAttributes(String(k));
      return renderer.graphToViewport({ x: a.x, y: a.y });
    },
    drawnCounts: function () {
      var nodes = 0, edges = 0, k;
      for (k = 0; k < N; k++) if (!hidden.nodes[k] && renderer.getNodeDisplayData(String(k))) nodes++;
      for (k = 0; k < M; k++) if (!hidden.edges[k]) edges++;
      for (k = 0; k < B; k++) edges += hidden.bundles[k];
      return [nodes, edges];
    },
    bundlesDrawn: function () {
      var out = [], k;
      for (k = 0; k < B; k++) if (hidden.bundles[k]) out.push(k);
      return out;
    }
  };
};
