package io.sekisho.netmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.ui.canvas.ConnectionFigure;
import io.sekisho.netmap.ui.canvas.ContainerFigure;
import io.sekisho.netmap.ui.canvas.DiagramCanvas;
import io.sekisho.netmap.ui.canvas.Figure;

/** Bend points, closed zones and the stored view, as a user works with them on the demo hospital. */
class MapEditingTest {

	private TestHost host;

	@AfterEach
	void close() {
		if (host != null) {
			host.close();
		}
	}

	private static Path demoFile() throws Exception {
		Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "edit"); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = dir.resolve("facility.sekisho"); //$NON-NLS-1$
		SekishoFiles.save(DemoFacility.build(), file);
		return file;
	}

	private EdgeFigure storedRoute(Link link) {
		return Diagrams.find(host.resource).orElseThrow().getEdges().stream().filter(e -> e.getElementId().equals(link.getId()))
				.findFirst().orElse(null);
	}

	private static List<String> points(List<double[]> bends) {
		List<String> result = new ArrayList<>();
		bends.forEach(p -> result.add(Math.round(p[0]) + "," + Math.round(p[1]))); //$NON-NLS-1$
		return result;
	}

	private static List<String> stored(EdgeFigure edge) {
		return edge.getBendPoints().stream().map(p -> p.getX() + "," + p.getY()).toList(); //$NON-NLS-1$
	}

	@Test
	void bendPointsAreAddedMovedAndRemovedByMouseAndKeyboardAsUndoableCommandsAndLayoutKeepsThem() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		// a line between two devices of one zone, long enough for its handles
		Link link = host.facility().getLinks().stream().filter(l -> l.getTargetDevice() != null && canvas.scene().figureOf(l) != null)
				.filter(l -> {
					double[] p = ((ConnectionFigure) canvas.scene().figureOf(l)).points();
					return Math.hypot(p[p.length - 2] - p[0], p[p.length - 1] - p[1]) > 120;
				}).findFirst().orElseThrow();
		ConnectionFigure line = (ConnectionFigure) canvas.scene().figureOf(link);
		canvas.setZoom(1);
		double[] route = line.points();
		canvas.centerOn((route[0] + route[route.length - 2]) / 2, (route[1] + route[route.length - 1]) / 2);
		canvas.select(List.of(line));
		int before = line.bendPoints().size();

		// mouse: drag the handle in the middle of the longest segment: a new bend point where it is dropped
		int longest = 0;
		double length = -1;
		for (int i = 0; i + 3 < route.length; i += 2) {
			double l = Math.hypot(route[i + 2] - route[i], route[i + 3] - route[i + 1]);
			if (l > length) {
				length = l;
				longest = i;
			}
		}
		Point mid = MapUi.screen(canvas, (route[longest] + route[longest + 2]) / 2, (route[longest + 1] + route[longest + 3]) / 2);
		MapUi.drag(canvas, mid.x, mid.y, mid.x + 63, mid.y + 48);
		assertEquals(before + 1, line.bendPoints().size());
		double[] added = line.bendPoints().get(longest / 2);
		assertEquals(0, added[0] % 10, 0.001, "snapped to the grid");
		assertEquals(Math.round(canvas.viewport().toModelX(mid.x + 63) / 10) * 10, added[0], 0.001);
		EdgeFigure edge = storedRoute(link);
		assertNotNull(edge, "the route is stored in the diagram");
		assertTrue(edge.isPinned(), "a route the user edited is the user's");
		assertEquals(points(line.bendPoints()), stored(edge));
		assertEquals(Messages.Command_bendAdd, host.stack.getUndoCommand().getLabel());

		// mouse: drag that bend point elsewhere
		Point bend = MapUi.screen(canvas, added[0], added[1]);
		MapUi.drag(canvas, bend.x, bend.y, bend.x - 40, bend.y + 30);
		double[] moved = line.bendPoints().get(longest / 2);
		assertEquals(added[0] - 40, moved[0], 0.001);
		assertEquals(added[1] + 30, moved[1], 0.001);
		assertEquals(Messages.Command_bendMove, host.stack.getUndoCommand().getLabel());

		// keyboard: B adds one, Page Down picks one, arrows move it, Delete removes it (not the link)
		canvas.setFocus();
		MapUi.key(canvas, 'b', 'b', 0);
		assertEquals(before + 2, line.bendPoints().size());
		int active = canvas.activeBendPoint();
		assertTrue(active >= 0, "the new bend point is the keyboard's");
		double[] keyAdded = line.bendPoints().get(active).clone();
		MapUi.key(canvas, SWT.ARROW_RIGHT, '\0', 0);
		MapUi.key(canvas, SWT.ARROW_DOWN, '\0', SWT.SHIFT);
		assertEquals(keyAdded[0] + 10, line.bendPoints().get(active)[0], 0.001);
		assertEquals(keyAdded[1] + 1, line.bendPoints().get(active)[1], 0.001);
		assertTrue(line.bounds().width() > 0);
		MapUi.key(canvas, SWT.DEL, '\u007f', 0);
		assertEquals(before + 1, line.bendPoints().size());
		assertTrue(host.facility().getLinks().contains(link), "Delete on a bend point removes the point, not the link");
		MapUi.key(canvas, SWT.PAGE_DOWN, '\0', 0);
		assertTrue(canvas.activeBendPoint() >= 0);

		// mouse: a double-click on a bend point removes it
		canvas.select(List.of(line));
		double[] doomed = line.bendPoints().get(longest / 2);
		Point doomedAt = MapUi.screen(canvas, doomed[0], doomed[1]);
		MapUi.doubleClick(canvas, doomedAt.x, doomedAt.y);
		assertEquals(before, line.bendPoints().size());
		assertEquals(Messages.Command_bendRemove, host.stack.getUndoCommand().getLabel());
		MapUi.screenshot(host.shell, "map-bendpoints"); //$NON-NLS-1$

		// undo walks back through every edit
		host.stack.undo();
		MapUi.settle();
		assertEquals(before + 1, line.bendPoints().size());
		List<String> userRoute = points(line.bendPoints());

		// the automatic layout keeps the user's route, re-routes the others
		LayoutJob job = host.view.layout();
		MapUi.waitUntil(() -> job.getResult() != null && Messages.Command_layout.equals(host.stack.getUndoCommand().getLabel()));
		MapUi.settle();
		assertEquals(userRoute, points(line.bendPoints()));
		assertEquals(userRoute, stored(storedRoute(link)));
	}

	@Test
	void aZoneClosesToOneBoxWithItsNameCountBadgesAndLinesAndOpensAgain() throws Exception {
		Path file = demoFile();
		host = TestHost.open(file);
		DiagramCanvas canvas = host.view.canvas();
		// the zone of the core switch: rules name devices in it, and links come in from other zones
		Device core = host.facility().getDevices().stream().filter(d -> "CORE-SW01".equals(d.getName())).findFirst().orElseThrow(); //$NON-NLS-1$
		Zone zone = core.getZone();
		List<Device> inside = host.facility().getDevices().stream().filter(d -> d.getZone() == zone && canvas.scene().figureOf(d) != null)
				.toList();
		Link incoming = host.facility().getLinks().stream().filter(l -> l.getTargetDevice() != null)
				.filter(l -> (l.getSource().getZone() == zone) != (l.getTargetDevice().getZone() == zone))
				.filter(l -> canvas.scene().figureOf(l) != null).findFirst().orElseThrow();
		ContainerFigure box = assertInstanceOf(ContainerFigure.class, canvas.scene().figureOf(zone));
		Device elsewhere = host.facility().getDevices().stream().filter(d -> d.getZone() != zone && canvas.scene().figureOf(d) != null)
				.findFirst().orElseThrow();
		io.sekisho.netmap.ui.canvas.Rect elsewhereBounds = canvas.scene().figureOf(elsewhere).bounds();
		double x = box.bounds().x();
		double y = box.bounds().y();

		canvas.select(List.of(box));
		canvas.setFocus();
		MapUi.key(canvas, 0, ' ', 0);
		assertTrue(host.view.isCollapsed(zone));
		assertTrue(box.collapsed());
		assertEquals(MapScene.COLLAPSED_WIDTH, box.bounds().width(), 0.01);
		assertEquals(x, box.bounds().x(), 0.01);
		assertEquals(y, box.bounds().y(), 0.01);
		assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.Zone_collapsedSummary, inside.size()), box.summary());
		for (Device device : inside) {
			assertNull(canvas.scene().figureOf(device), device.getName() + " is inside the closed box");
		}
		ConnectionFigure line = (ConnectionFigure) canvas.scene().figureOf(incoming);
		assertTrue(line.source() == box || line.target() == box, "a link into the zone ends at the box");
		assertTrue(line.bendPoints().isEmpty());
		assertNotNull(box.badge(), "the results of the devices inside show on the box");
		assertTrue(host.view.lastResults().stream().anyMatch(r -> r.elements().contains(core)));
		assertEquals(Messages.Command_collapse, host.stack.getUndoCommand().getLabel());
		assertTrue(host.view.shows(core) && host.view.reveal(core), "going to a device inside shows the closed zone");
		assertEquals(List.of(box), canvas.selection());
		canvas.fit();
		MapUi.screenshot(host.shell, "map-collapsed"); //$NON-NLS-1$
		canvas.setZoom(1);
		canvas.centerOn(box.bounds().centerX() + 300, box.bounds().centerY());
		MapUi.screenshot(host.shell, "map-collapsed-100"); //$NON-NLS-1$

		host.stack.undo();
		MapUi.settle();
		assertFalse(box.collapsed());
		assertNotNull(canvas.scene().figureOf(core));
		host.stack.redo();
		MapUi.settle();
		assertTrue(box.collapsed());

		// stored in the diagram: closed after reopening, and Space opens it again
		host.save();
		host.close();
		host = TestHost.open(file);
		DiagramCanvas canvasAgain = host.view.canvas();
		Zone again = host.facility().getZones().stream().filter(z -> z.getId().equals(zone.getId())).findFirst().orElseThrow();
		assertTrue(host.view.isCollapsed(again));
		Figure reopened = canvasAgain.scene().figureOf(again);
		assertTrue(((ContainerFigure) reopened).collapsed());
		// the first edit stored the whole map as it was shown: everything else is where it was
		Device elsewhereAgain = host.facility().getDevices().stream().filter(d -> d.getId().equals(elsewhere.getId())).findFirst()
				.orElseThrow();
		assertEquals(elsewhereBounds, canvasAgain.scene().figureOf(elsewhereAgain).bounds());
		assertEquals(0, host.view.unstoredCount());
		canvasAgain.select(List.of(reopened));
		MapUi.key(canvasAgain, 0, ' ', 0);
		assertFalse(host.view.isCollapsed(again));
		assertEquals(Messages.Command_expand, host.stack.getUndoCommand().getLabel());
		Device coreAgain = host.facility().getDevices().stream().filter(d -> d.getId().equals(core.getId())).findFirst().orElseThrow();
		assertSame(reopened, canvasAgain.scene().figureOf(coreAgain).parent());
	}

	/** Issue 12's "done when" on the canvas: the caterer's always-on VPN path and the EHR vendor's open VPN. */
	@Test
	void theCaterersPathAndTheEhrVendorsVpnAreNamedOnTheCanvas() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		String path = String.join(Messages.PathSeparator, List.of("給食委託先 常時接続 VPN", "給食委託先データセンター", "VPN-MEAL01", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"CORE-SW02", "CORE-SW01")); //$NON-NLS-1$ //$NON-NLS-2$
		org.eclipse.swt.widgets.TableItem row = java.util.Arrays.stream(host.view.results().getItems()).filter(i -> i.getText(2).equals(path))
				.findFirst().orElseThrow(() -> new AssertionError("no result row names the caterer's path")); //$NON-NLS-1$
		MapResult result = (MapResult) row.getData();
		assertEquals("NM-PATH", result.ruleId()); //$NON-NLS-1$
		assertEquals(Messages.Severity_error, row.getText(0));
		assertFalse(row.getText(1).contains("NM-"), "the rule's name, not its id"); //$NON-NLS-1$
		for (org.eclipse.emf.ecore.EObject hop : result.path()) {
			assertNotNull(canvas.scene().figureOf(hop), NetworkMapView.nameOf(hop));
			assertNotNull(canvas.scene().figureOf(hop).badge(), NetworkMapView.nameOf(hop) + " has a badge");
		}
		Device fortigate = host.facility().getDevices().stream().filter(d -> "FGT-EHR01".equals(d.getName())).findFirst().orElseThrow(); //$NON-NLS-1$
		io.sekisho.model.facility.ExternalConnection ehr = host.facility().getExternalConnections().stream()
				.filter(c -> c.getGateway() == fortigate).findFirst().orElseThrow();
		MapResult vpn = host.view.lastResults().stream().filter(r -> r.ruleId().equals("NM-VPN") && r.elements().contains(fortigate)) //$NON-NLS-1$
				.findFirst().orElseThrow();
		MapResult conn = host.view.lastResults().stream().filter(r -> r.ruleId().equals("NM-CONN") && r.elements().contains(ehr)) //$NON-NLS-1$
				.findFirst().orElseThrow();
		assertTrue(canvas.scene().figureOf(fortigate).badge().tooltip().contains(vpn.message()));
		assertTrue(canvas.scene().figureOf(ehr).badge().tooltip().contains(conn.message()));
		// selecting the path's row draws it and shows it
		host.view.results().setSelection(row);
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = row;
		host.view.results().notifyListeners(SWT.Selection, event);
		MapUi.settle();
		assertEquals(MapScene.PATH, canvas.scene().figureOf(result.path().get(2)).highlight());
		canvas.fit();
		MapUi.screenshot(host.shell, "map-caterer-path"); //$NON-NLS-1$
	}

	@Test
	void theViewIsStoredAtSaveAndShownAgainWhenTheFacilityOpens() throws Exception {
		Path file = demoFile();
		host = TestHost.open(file);
		DiagramCanvas canvas = host.view.canvas();
		canvas.setZoom(0.7);
		canvas.viewport().setOrigin(123, 456);
		assertFalse(host.stack.isSaveNeeded(), "moving around is no edit");
		host.save();
		var viewport = Diagrams.find(host.resource).orElseThrow().getViewport();
		assertEquals(123, viewport.getX());
		assertEquals(456, viewport.getY());
		assertEquals(0.7, viewport.getZoom(), 1e-9);
		host.close();

		host = TestHost.open(file);
		assertEquals(0.7, host.view.canvas().viewport().zoom(), 1e-9);
		assertEquals(123, host.view.canvas().viewport().originX(), 0.5);
		assertEquals(456, host.view.canvas().viewport().originY(), 0.5);
		assertFalse(host.stack.isSaveNeeded());
	}
}
