// The event-scale view: sigma.js 3 draws the graph with WebGL from a graphology graph.
// Every actor is a disc (kinds by colour), relations are straight lines (arrowheads up to
// ARROWS_UNTIL relations). It only draws; ui.js owns the state.
window.graphkitCreateView = function (container, m, hooks) {
  "use strict";
  var ARROWS_UNTIL = 20000, DIM_NODE = "#dfe3e8", DIM_EDGE = "#eef0f3";
  var N = m.N, M = m.M, i, j;
  var graph = new graphology.Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  var arrows = M <= ARROWS_UNTIL;
  // Disc sizes in pixels at full view: the page's radii, smaller as sigma does not scale
  // them with the zoom the way vis-network does.
  for (i = 0; i < N; i++) {
    graph.addNode(String(i), { x: m.x(i), y: -m.y(i), size: Math.max(1.5, m.size(i) * 0.55),
      color: m.color(i), label: m.label(i), forceLabel: m.labelled[i] === 1 && N > 200 });
  }
  for (j = 0; j < M; j++) {
    var r = m.relation(j);
    graph.addDirectedEdgeWithKey(String(j), String(m.from[j]), String(m.to[j]), {
      color: r.color, size: M > 50000 ? 0.5 : m.width(j) * 0.6,
      type: arrows && m.arrow(j) ? "arrow" : "line"
    });
  }
  var hidden = { nodes: new Uint8Array(N), edges: new Uint8Array(M) };
  var focus = null, selected = new Uint8Array(N), hovered = -1;
  var renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    hideEdgesOnMove: M > 50000,
    labelRenderedSizeThreshold: N > 200 ? 9 : 0,
    labelDensity: 0.5,
    labelFont: "system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif",
    labelSize: 13,
    zIndex: true,
    nodeReducer: function (key, attributes) {
      var k = +key;
      if (hidden.nodes[k]) return Object.assign({}, attributes, { hidden: true });
      if (selected[k]) return Object.assign({}, attributes, { highlighted: true, zIndex: 2, forceLabel: true });
      if (focus && !focus.nodes[k]) return Object.assign({}, attributes, { color: DIM_NODE, label: null, zIndex: 0, forceLabel: false });
      return focus ? Object.assign({}, attributes, { zIndex: 1 }) : attributes;
    },
    edgeReducer: function (key, attributes) {
      var k = +key;
      if (hidden.edges[k]) return Object.assign({}, attributes, { hidden: true });
      if (focus && !focus.edges[k]) return Object.assign({}, attributes, { color: DIM_EDGE, zIndex: 0 });
      return focus ? Object.assign({}, attributes, { zIndex: 1 }) : attributes;
    }
  });
  window.sigma = renderer;
  renderer.once("afterRender", hooks.drawn);
  renderer.on("enterNode", function (e) { hovered = +e.node; hooks.hoverNode(hovered); });
  renderer.on("leaveNode", function () { hovered = -1; hooks.blur(); });
  renderer.on("enterEdge", function (e) { if (hovered < 0) hooks.hoverEdge(+e.edge); });
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
  onClick("Edge", function (e) { hooks.clickEdge(+e.edge); });
  onClick("Stage", hooks.clickStage);
  renderer.getCamera().on("updated", hooks.moved);
  return {
    kind: "sigma.js", shapes: false, dashes: false,
    notes: "Large-graph view (WebGL): every actor is a disc coloured by " +
      (m.data.colorBy === "kind" ? "kind" : m.data.colorBy) + "; relations are straight lines" +
      (arrows ? "" : " without arrowheads") + ", dashes are not drawn.",
    setHidden: function (nodeHidden, edgeHidden) {
      hidden.nodes.set(nodeHidden);
      hidden.edges.set(edgeHidden);
      renderer.refresh();
    },
    setFocus: function (nodeIn, edgeIn) {
      if (!nodeIn && !focus) return;  // nothing to redraw
      focus = nodeIn ? { nodes: nodeIn, edges: edgeIn } : null;
      renderer.refresh();
    },
    setSelected: function (ids) {
      // only the actors whose state changes are processed again, not the whole graph
      var changed = [], k;
      for (k = 0; k < N; k++) if (selected[k]) { selected[k] = 0; changed.push(String(k)); }
      ids.forEach(function (i) { selected[i] = 1; changed.push(String(i)); });
      if (changed.length) renderer.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
    },
    centerOn: function (k) {
      var at = renderer.getNodeDisplayData(String(k));
      if (!at) return;
      var camera = renderer.getCamera();
      // at once: sigma's animation can stop short of its target when frames are slow
      camera.setState({ x: at.x, y: at.y, ratio: Math.min(camera.ratio, 0.12), angle: 0 });
    },
    fit: function () { renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); },
    screenPosition: function (k) {
      var a = graph.getNodeAttributes(String(k));
      return renderer.graphToViewport({ x: a.x, y: a.y });
    },
    drawnCounts: function () {
      var nodes = 0, edges = 0, k;
      for (k = 0; k < N; k++) if (!hidden.nodes[k] && renderer.getNodeDisplayData(String(k))) nodes++;
      for (k = 0; k < M; k++) if (!hidden.edges[k]) edges++;
      return [nodes, edges];
    }
  };
};
