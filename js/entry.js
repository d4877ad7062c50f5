// What the large-graph page needs, exposed as two globals; nothing else is bundled.
import Graph from "graphology";
import Sigma from "sigma";

window.graphology = { Graph: Graph };
window.Sigma = Sigma;
