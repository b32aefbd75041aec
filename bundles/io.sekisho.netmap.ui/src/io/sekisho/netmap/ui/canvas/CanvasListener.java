package io.sekisho.netmap.ui.canvas;

import java.util.List;

/**
 * What the user asked the canvas to do. The canvas never changes the scene by itself: its owner turns each
 * request into a command on its model and updates the figures from the model afterwards.
 */
public interface CanvasListener {

	default void selectionChanged(List<Figure> selection) {
	}

	/**
	 * Move {@code figures} by (dx, dy). With {@code reparent} the primary figure was dropped onto
	 * {@code newParent} ({@code null}: outside every container).
	 */
	default void moveRequested(List<Figure> figures, double dx, double dy, boolean reparent, ContainerFigure newParent) {
	}

	default void resizeRequested(Figure figure, Rect bounds) {
	}

	default void connectRequested(Figure source, Figure target) {
	}

	default void reconnectRequested(ConnectionFigure connection, boolean sourceEnd, Figure newEnd) {
	}

	default void deleteRequested(List<Figure> figures) {
	}

	/** The armed creation tool was used at model point (x, y), inside {@code container} (or none). */
	default void createRequested(Object tool, double x, double y, ContainerFigure container) {
	}

	/** What a change of a connection's bend points was. */
	enum BendEdit {
		ADD, MOVE, REMOVE
	}

	/**
	 * Give {@code connection} exactly these bend points (model points {x, y}, source to target): the user added,
	 * moved or removed one, by mouse or keyboard.
	 */
	default void bendPointsRequested(ConnectionFigure connection, List<double[]> bendPoints, BendEdit edit) {
	}

	/** Double-click or Enter on a figure. */
	default void openRequested(Figure figure) {
	}
}
