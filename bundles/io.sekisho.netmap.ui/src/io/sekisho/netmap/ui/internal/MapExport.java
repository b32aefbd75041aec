package io.sekisho.netmap.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.drawio.DrawioWriter;
import io.sekisho.netmap.notation.BendPoint;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.notation.NotationFactory;
import io.sekisho.netmap.render.MapPictures;
import io.sekisho.netmap.render.MapScene;
import io.sekisho.netmap.ui.canvas.Rect;

/**
 * Saves the map as PNG or SVG picture (with the rules' badges) or as a draw.io file CSET can open, through the
 * exporters of io.sekisho.netmap, from the positions the page shows (stored or laid out). The file is written to
 * a temporary file beside the target and renamed, so a failed export leaves no half file behind.
 */
final class MapExport {

	/** What to export: formats by file extension. */
	enum Format {
		PNG("*.png"), SVG("*.svg"), DRAWIO("*.drawio"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		final String pattern;

		Format(String pattern) {
			this.pattern = pattern;
		}

		static Format of(String path) {
			String lower = path.toLowerCase(Locale.ROOT);
			return lower.endsWith(".svg") ? SVG : lower.endsWith(".drawio") || lower.endsWith(".xml") ? DRAWIO : PNG; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private MapExport() {
	}

	static void export(Shell shell, FacilityWorkbook workbook, Map<String, Rect> positions, Map<String, List<double[]>> routes) {
		if (positions.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_empty);
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { Format.PNG.pattern, Format.SVG.pattern, Format.DRAWIO.pattern });
		dialog.setFilterNames(new String[] { Messages.Export_pngFilter, Messages.Export_svgFilter, Messages.Export_drawioFilter });
		dialog.setFileName(Messages.Export_defaultName + ".png"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		String path = chosen;
		if (!path.contains(".")) { //$NON-NLS-1$
			path += Format.values()[Math.max(0, dialog.getFilterIndex())].pattern.substring(1);
		}
		Path target = Path.of(path);
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				write(workbook, positions, routes, target, Format.of(target.toString()));
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, target, e.getMessage()));
			}
		});
	}

	/** Writes the map in {@code format} to {@code target} (atomically: a temporary file, then a rename). */
	static void write(FacilityWorkbook workbook, Map<String, Rect> positions, Map<String, List<double[]>> routes, Path target,
			Format format) throws IOException {
		Diagram diagram = diagramOf(workbook, positions, routes);
		Path dir = target.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(dir, ".export-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			switch (format) {
			case PNG -> {
				try (OutputStream out = Files.newOutputStream(temp)) {
					MapPictures.png(MapScene.of(workbook, diagram, NetworkAnalysis.fromPlatform().run(workbook)), out);
				}
			}
			case SVG -> {
				try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
					MapPictures.svg(MapScene.of(workbook, diagram, NetworkAnalysis.fromPlatform().run(workbook)), out);
				}
			}
			case DRAWIO -> {
				try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
					DrawioWriter.write(workbook, diagram, out);
				}
			}
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A diagram (in no resource) holding what the page shows: stored and laid-out positions and routes. */
	static Diagram diagramOf(FacilityWorkbook workbook, Map<String, Rect> positions, Map<String, List<double[]>> routes) {
		Diagram diagram = Diagrams.create(workbook);
		positions.forEach((id, r) -> {
			NodeFigure node = NotationFactory.eINSTANCE.createNodeFigure();
			node.setElementId(id);
			node.setX((int) Math.round(r.x()));
			node.setY((int) Math.round(r.y()));
			node.setWidth((int) Math.round(r.width()));
			node.setHeight((int) Math.round(r.height()));
			diagram.getNodes().add(node);
		});
		routes.forEach((id, points) -> {
			EdgeFigure edge = NotationFactory.eINSTANCE.createEdgeFigure();
			edge.setElementId(id);
			for (double[] p : points) {
				BendPoint bend = NotationFactory.eINSTANCE.createBendPoint();
				bend.setX((int) Math.round(p[0]));
				bend.setY((int) Math.round(p[1]));
				edge.getBendPoints().add(bend);
			}
			diagram.getEdges().add(edge);
		});
		return diagram;
	}
}
