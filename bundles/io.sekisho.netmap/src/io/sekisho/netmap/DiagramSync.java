package io.sekisho.netmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;

/**
 * Reconciles a diagram with its facility: a figure whose element is gone (deleted in any page, or decommissioned)
 * is dropped, and so is a second figure of the same element; an element without a figure is reported so the layout
 * places it. The figures hold positions only, never data of their own, so dropping one loses nothing.
 *
 * <p>The rich client computes {@link #staleNodes}/{@link #staleEdges} and removes them with a command on its stack
 * (undo restores them with the element); headless callers use {@link #reconcile}.
 */
public final class DiagramSync {

	private final Diagram diagram;
	private final MapElements elements;

	public DiagramSync(Diagram diagram, FacilityWorkbook workbook) {
		this.diagram = diagram;
		this.elements = MapElements.of(workbook);
	}

	/** What a reconciliation changed or found. */
	public record Result(List<NodeFigure> droppedNodes, List<EdgeFigure> droppedEdges, List<Identified> unplacedNodes) {

		public boolean changedDiagram() {
			return !droppedNodes.isEmpty() || !droppedEdges.isEmpty();
		}
	}

	/** @return node figures whose element is not drawn any more (or that duplicate an earlier figure) */
	public List<NodeFigure> staleNodes() {
		List<NodeFigure> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (NodeFigure node : diagram.getNodes()) {
			if (node.getElementId() == null || elements.node(node.getElementId()) == null || !seen.add(node.getElementId())) {
				result.add(node);
			}
		}
		return result;
	}

	/** @return edge figures whose element is not drawn any more (or that duplicate an earlier figure) */
	public List<EdgeFigure> staleEdges() {
		List<EdgeFigure> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (EdgeFigure edge : diagram.getEdges()) {
			if (edge.getElementId() == null || elements.edge(edge.getElementId()) == null || !seen.add(edge.getElementId())) {
				result.add(edge);
			}
		}
		return result;
	}

	/** @return zones, devices and external connections that have no figure yet */
	public List<Identified> unplacedNodes() {
		Set<String> placed = new HashSet<>();
		diagram.getNodes().forEach(n -> placed.add(n.getElementId()));
		List<Identified> result = new ArrayList<>();
		elements.nodes().forEach((id, element) -> {
			if (!placed.contains(id)) {
				result.add(element);
			}
		});
		return result;
	}

	/** Drops the stale figures from the diagram and reports what is left to place. */
	public Result reconcile() {
		List<NodeFigure> nodes = staleNodes();
		List<EdgeFigure> edges = staleEdges();
		diagram.getNodes().removeAll(nodes);
		diagram.getEdges().removeAll(edges);
		return new Result(nodes, edges, unplacedNodes());
	}
}
