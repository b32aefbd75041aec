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
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.MapElements;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.ui.canvas.Badge;
import io.sekisho.netmap.ui.canvas.ConnectionFigure;
import io.sekisho.netmap.ui.canvas.ContainerFigure;
import io.sekisho.netmap.ui.canvas.DiagramCanvas;
import io.sekisho.netmap.ui.canvas.Figure;

/** The map as a user works with it, in a shell with a real editing domain and file. */
class NetworkMapViewTest {

	private TestHost host;

	@AfterEach
	void close() {
		if (host != null) {
			host.close();
		}
	}

	private static Path demoFile() throws Exception {
		Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "map"); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = dir.resolve("facility.sekisho"); //$NON-NLS-1$
		SekishoFiles.save(DemoFacility.build(), file);
		return file;
	}

	private static Path emptyFile() throws Exception {
		Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "map"); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = dir.resolve("facility.sekisho"); //$NON-NLS-1$
		FacilityWorkbook workbook = Workbooks.create(io.sekisho.model.ModelIds.newId(), new byte[32]);
		workbook.getFacility().setName("テスト診療所"); //$NON-NLS-1$
		SekishoFiles.save(workbook, file);
		return file;
	}

	@Test
	void theDemoHospitalIsDrawnCompletelyWithoutChangingTheFile() throws Exception {
		host = TestHost.open(demoFile());
		MapElements elements = MapElements.of(host.facility());
		DiagramCanvas canvas = host.view.canvas();
		for (String id : elements.nodes().keySet()) {
			assertNotNull(canvas.scene().figureOf(elements.nodes().get(id)), id);
		}
		long zones = canvas.scene().figures().stream().filter(ContainerFigure.class::isInstance).count();
		assertEquals(host.facility().getZones().size(), zones);
		long lines = canvas.scene().figures().stream().filter(ConnectionFigure.class::isInstance).count();
		assertEquals(elements.edges().size(), lines);
		// every device sits inside the figure of its zone
		for (Figure figure : canvas.scene().figures()) {
			if (figure.element() instanceof Device device && device.getZone() != null) {
				Figure zone = canvas.scene().figureOf(device.getZone());
				assertSame(zone, figure.parent(), device.getName());
				assertTrue(zone.bounds().contains(figure.bounds()), device.getName());
			}
		}
		assertFalse(host.stack.isSaveNeeded(), "opening the map stores nothing");
		assertTrue(host.view.unstoredCount() > 0);
		assertTrue(canvas.visibleModelArea().contains(canvas.scene().extent()), "the whole map is shown first");
		MapUi.screenshot(host.shell, "map-demo"); //$NON-NLS-1$
		canvas.setZoom(1);
		canvas.centerOn(canvas.scene().figureOf(host.facility().getZones().get(0)).bounds().centerX(),
				canvas.scene().figureOf(host.facility().getZones().get(0)).bounds().centerY());
		MapUi.screenshot(host.shell, "map-demo-100"); //$NON-NLS-1$
		// the outside of the facility and its gateways: external points, VPN tunnels, the DMZ
		canvas.setZoom(0.6);
		Figure internet = canvas.scene().figures().stream().filter(f -> f.element() instanceof Zone z && MapScene.outside(z))
				.findFirst().orElseThrow();
		canvas.viewport().setOrigin(internet.bounds().x() - 20, internet.bounds().y() - 20);
		canvas.redraw();
		MapUi.screenshot(host.shell, "map-demo-outside"); //$NON-NLS-1$
	}

	@Test
	void drawAZoneTwoDevicesAndALinkThenUndoRedoSaveAndReopen() throws Exception {
		Path file = emptyFile();
		host = TestHost.open(file);
		DiagramCanvas canvas = host.view.canvas();
		Tree palette = paletteOf(host);
		canvas.setZoom(1);
		canvas.viewport().setOrigin(0, 0);

		MapUi.choose(palette, Messages.Palette_zone);
		MapUi.click(canvas, 60, 60, 0);
		assertEquals(1, host.facility().getZones().size());
		Zone zone = host.facility().getZones().get(0);
		ContainerFigure zoneFigure = assertInstanceOf(ContainerFigure.class, canvas.scene().figureOf(zone));

		MapUi.choose(palette, DeviceKind.SERVER.label());
		Point inZone = MapUi.screen(canvas, zoneFigure.bounds().x() + 120, zoneFigure.bounds().y() + 90);
		MapUi.click(canvas, inZone.x, inZone.y, 0);
		MapUi.choose(palette, DeviceKind.CLIENT_PC.label());
		Point inZone2 = MapUi.screen(canvas, zoneFigure.bounds().x() + 340, zoneFigure.bounds().y() + 180);
		MapUi.click(canvas, inZone2.x, inZone2.y, 0);
		assertEquals(2, host.facility().getDevices().size());
		Device server = host.facility().getDevices().get(0);
		Device pc = host.facility().getDevices().get(1);
		assertSame(zone, server.getZone());
		assertSame(zone, pc.getZone());
		assertEquals(DeviceKind.SERVER, DeviceKind.of(server));

		// connect: select the server, drag its connect handle onto the PC
		Figure serverFigure = canvas.scene().figureOf(server);
		Point serverCenter = MapUi.center(canvas, serverFigure.bounds());
		MapUi.click(canvas, serverCenter.x, serverCenter.y, 0);
		assertEquals(List.of(serverFigure), canvas.selection());
		Point handle = MapUi.screen(canvas, serverFigure.bounds().right() + 14, serverFigure.bounds().centerY());
		Point pcCenter = MapUi.center(canvas, canvas.scene().figureOf(pc).bounds());
		MapUi.drag(canvas, handle.x, handle.y, pcCenter.x, pcCenter.y);
		assertEquals(1, host.facility().getLinks().size());
		Link link = host.facility().getLinks().get(0);
		assertSame(server, link.getSource());
		assertSame(pc, link.getTargetDevice());
		assertInstanceOf(ConnectionFigure.class, canvas.scene().figureOf(link));
		assertTrue(host.stack.isSaveNeeded());

		host.stack.undo();
		MapUi.settle();
		assertTrue(host.facility().getLinks().isEmpty());
		assertNull(canvas.scene().figureOf(link));
		host.stack.redo();
		MapUi.settle();
		assertEquals(1, host.facility().getLinks().size());
		assertNotNull(canvas.scene().figureOf(link));

		NodeFigure serverPosition = Diagrams.find(host.resource).orElseThrow().getNodes().stream()
				.filter(n -> n.getElementId().equals(server.getId())).findFirst().orElseThrow();
		int x = serverPosition.getX();
		int y = serverPosition.getY();
		host.save();
		host.close();

		host = TestHost.open(file);
		FacilityWorkbook reopened = host.facility();
		assertEquals(1, reopened.getZones().size());
		assertEquals(2, reopened.getDevices().size());
		assertEquals(1, reopened.getLinks().size());
		Device reopenedServer = reopened.getDevices().stream().filter(d -> d.getId().equals(server.getId())).findFirst().orElseThrow();
		Figure figure = host.view.canvas().scene().figureOf(reopenedServer);
		assertEquals(x, figure.bounds().x(), 0.5);
		assertEquals(y, figure.bounds().y(), 0.5);
		assertNotNull(host.view.canvas().scene().figureOf(reopened.getLinks().get(0)));
		assertEquals(0, host.view.unstoredCount(), "everything drawn was stored");
	}

	@Test
	void arrowKeysMoveTheSelectionAndTabCycles() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		Device device = host.facility().getDevices().get(0);
		Figure figure = canvas.scene().figureOf(device);
		canvas.select(List.of(figure));
		double x = figure.bounds().x();
		double y = figure.bounds().y();
		canvas.setFocus();
		MapUi.key(canvas, SWT.ARROW_RIGHT, '\0', 0);
		MapUi.key(canvas, SWT.ARROW_RIGHT, '\0', 0);
		MapUi.key(canvas, SWT.ARROW_DOWN, '\0', SWT.SHIFT);
		assertEquals(x + 20, figure.bounds().x(), 0.01);
		assertEquals(y + 1, figure.bounds().y(), 0.01);
		NodeFigure stored = Diagrams.find(host.resource).orElseThrow().getNodes().stream()
				.filter(n -> n.getElementId().equals(device.getId())).findFirst().orElseThrow();
		assertEquals((int) x + 20, stored.getX());
		assertTrue(stored.isPinned(), "a figure the user moved stays where it is");
		host.stack.undo();
		MapUi.settle();
		assertEquals(x + 20, figure.bounds().x(), 0.01);
		assertEquals(y, figure.bounds().y(), 0.01);

		Event tab = new Event();
		tab.detail = SWT.TRAVERSE_TAB_NEXT;
		tab.doit = true;
		canvas.notifyListeners(SWT.Traverse, tab);
		assertFalse(tab.doit, "Tab stays in the canvas and cycles the selection");
		assertEquals(1, canvas.selection().size());
		assertFalse(canvas.selection().contains(figure));
	}

	@Test
	void aRuleBadgeAppearsAndGoesWhenFixed() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		Device device = host.facility().getDevices().stream().filter(d -> d.getZone() != null && canvas.scene().figureOf(d) != null)
				.filter(d -> canvas.scene().figureOf(d).badge() == null).findFirst().orElseThrow();
		Zone zone = device.getZone();
		Figure figure = canvas.scene().figureOf(device);
		// as the Properties view or the devices page would: a command that takes the device out of its zone
		host.execute(SetCommand.create(host.domain, device, FacilityPackage.Literals.DEVICE__ZONE, null));
		MapUi.waitUntil(() -> figure.badge() != null);
		MapResult noZone = host.view.lastResults().stream().filter(r -> r.ruleId().equals("NM-NOZONE") && r.elements().contains(device)) //$NON-NLS-1$
				.findFirst().orElseThrow();
		assertTrue(figure.badge().tooltip().contains(noZone.message()), figure.badge().tooltip());
		assertTrue(figure.badge().severity() != Badge.Severity.INFO);
		assertTrue(java.util.Arrays.stream(host.view.results().getItems()).anyMatch(i -> i.getText(2).equals(device.getName())));
		MapUi.screenshot(host.shell, "map-badge"); //$NON-NLS-1$
		host.execute(SetCommand.create(host.domain, device, FacilityPackage.Literals.DEVICE__ZONE, zone));
		MapUi.waitUntil(() -> figure.badge() == null);
		assertTrue(host.view.lastResults().stream().noneMatch(r -> r.elements().contains(device)));
	}

	@Test
	void aPathARuleNamesIsDrawnWhenItsResultIsSelected() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		org.eclipse.swt.widgets.TableItem row = java.util.Arrays.stream(host.view.results().getItems())
				.filter(i -> !((MapResult) i.getData()).path().isEmpty()).findFirst().orElseThrow();
		MapResult result = (MapResult) row.getData();
		host.view.results().setSelection(row);
		Event event = new Event();
		event.item = row;
		host.view.results().notifyListeners(SWT.Selection, event);
		MapUi.settle();
		for (org.eclipse.emf.ecore.EObject hop : result.path()) {
			Figure figure = canvas.scene().figureOf(hop);
			if (figure != null) {
				assertEquals(MapScene.PATH, figure.highlight(), NetworkMapView.nameOf(hop));
			}
		}
		assertTrue(canvas.scene().figures().stream().anyMatch(f -> f instanceof ConnectionFigure && f.highlight() != null),
				"the lines between the hops are drawn too");
		canvas.fit();
		MapUi.screenshot(host.shell, "map-path"); //$NON-NLS-1$
	}

	@Test
	void findByNameOrAddressSelectsAndReveals() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		host.view.findField().setText("10.10.0.250"); //$NON-NLS-1$
		MapUi.settle();
		assertEquals(1, canvas.selection().size());
		Device found = (Device) canvas.selection().get(0).element();
		assertTrue(found.getIpAddresses().contains("10.10.0.250")); //$NON-NLS-1$
		assertTrue(canvas.visibleModelArea().contains(canvas.selection().get(0).bounds()));
		host.view.findField().setText("fgt-ehr"); //$NON-NLS-1$
		MapUi.settle();
		assertSame(found, canvas.selection().get(0).element());
	}

	@Test
	void deleteCopyPasteAndAlignAreUndoableCommands() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		Device device = host.facility().getDevices().stream().filter(d -> d.getZone() != null).findFirst().orElseThrow();
		int devices = host.facility().getDevices().size();
		long linksOfDevice = host.facility().getLinks().stream()
				.filter(l -> l.getSource() == device || l.getTargetDevice() == device).count();
		canvas.select(List.of(canvas.scene().figureOf(device)));
		MapUi.key(canvas, 'c', 'c', SWT.MOD1);
		MapUi.key(canvas, 'v', 'v', SWT.MOD1);
		assertEquals(devices + 1, host.facility().getDevices().size());
		Device copy = host.facility().getDevices().get(devices);
		assertSame(device.getZone(), copy.getZone());
		assertTrue(copy.getIpAddresses().isEmpty());
		assertEquals(List.of(canvas.scene().figureOf(copy)), canvas.selection());

		canvas.select(List.of(canvas.scene().figureOf(device), canvas.scene().figureOf(copy)));
		MapUi.key(canvas, SWT.ARROW_UP, '\0', SWT.MOD1 | SWT.SHIFT);
		assertEquals(canvas.scene().figureOf(device).bounds().y(), canvas.scene().figureOf(copy).bounds().y(), 0.01);

		canvas.select(List.of(canvas.scene().figureOf(device)));
		MapUi.key(canvas, SWT.DEL, '\u007f', 0);
		assertFalse(host.facility().getDevices().contains(device));
		assertNull(canvas.scene().figureOf(device));
		host.stack.undo();
		MapUi.settle();
		assertTrue(host.facility().getDevices().contains(device));
		assertNotNull(canvas.scene().figureOf(device));
		assertEquals(linksOfDevice, host.facility().getLinks().stream()
				.filter(l -> l.getSource() == device || l.getTargetDevice() == device).count());
	}

	@Test
	void reconnectMovesALinkEndToAnotherDevice() throws Exception {
		host = TestHost.open(demoFile());
		DiagramCanvas canvas = host.view.canvas();
		Link link = host.facility().getLinks().stream().filter(l -> l.getTargetDevice() != null && canvas.scene().figureOf(l) != null)
				.findFirst().orElseThrow();
		Device oldTarget = link.getTargetDevice();
		Device newTarget = host.facility().getDevices().stream()
				.filter(d -> d != oldTarget && d != link.getSource() && canvas.scene().figureOf(d) != null).findFirst().orElseThrow();
		canvas.setZoom(1);
		ConnectionFigure line = (ConnectionFigure) canvas.scene().figureOf(link);
		double[] points = line.points();
		canvas.centerOn(points[points.length - 2], points[points.length - 1]);
		canvas.select(List.of(line));
		Point end = MapUi.screen(canvas, points[points.length - 2], points[points.length - 1]);
		canvas.centerOn(canvas.scene().figureOf(newTarget).bounds().centerX(), canvas.scene().figureOf(newTarget).bounds().centerY());
		end = MapUi.screen(canvas, points[points.length - 2], points[points.length - 1]);
		Point target = MapUi.center(canvas, canvas.scene().figureOf(newTarget).bounds());
		MapUi.drag(canvas, end.x, end.y, target.x, target.y);
		assertSame(newTarget, link.getTargetDevice());
		assertSame(canvas.scene().figureOf(newTarget), line.target());
		host.stack.undo();
		MapUi.settle();
		assertSame(oldTarget, link.getTargetDevice());
	}

	@Test
	void layoutAgainIsOneUndoableCommand() throws Exception {
		host = TestHost.open(demoFile());
		assertFalse(host.stack.isSaveNeeded());
		LayoutJob job = host.view.layout();
		MapUi.waitUntil(() -> job.getResult() != null && host.stack.isSaveNeeded());
		assertEquals(0, host.view.unstoredCount(), "every position is stored now");
		int stored = Diagrams.find(host.resource).orElseThrow().getNodes().size();
		assertEquals(MapElements.of(host.facility()).nodes().size(), stored);
		host.stack.undo();
		MapUi.settle();
		assertFalse(host.stack.isSaveNeeded());
		assertTrue(host.view.unstoredCount() > 0);
	}

	@Test
	void exportsPicturesAndDrawioOfWhatThePageShows() throws Exception {
		Path file = demoFile();
		host = TestHost.open(file);
		Path dir = file.getParent();
		Path png = dir.resolve("map.png"); //$NON-NLS-1$
		Path svg = dir.resolve("map.svg"); //$NON-NLS-1$
		Path drawio = dir.resolve("map.drawio"); //$NON-NLS-1$
		MapExport.write(host.facility(), host.view.positions(), host.view.routes(), png, MapExport.Format.PNG);
		MapExport.write(host.facility(), host.view.positions(), host.view.routes(), svg, MapExport.Format.SVG);
		MapExport.write(host.facility(), host.view.positions(), host.view.routes(), drawio, MapExport.Format.DRAWIO);
		byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
		assertEquals("\u0089PNG", new String(header, java.nio.charset.StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		String svgText = Files.readString(svg);
		assertTrue(svgText.contains("<svg"), "an SVG document"); //$NON-NLS-1$
		assertTrue(svgText.contains(host.facility().getZones().get(0).getName()), "with the zones' Japanese names");
		String drawioText = Files.readString(drawio);
		assertTrue(drawioText.contains("UserObject"), "CSET's cells"); //$NON-NLS-1$
		Device fortigate = host.facility().getDevices().stream().filter(d -> d.getIpAddresses().contains("10.10.0.250")).findFirst() //$NON-NLS-1$
				.orElseThrow();
		assertTrue(drawioText.contains(fortigate.getName()));
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left"); //$NON-NLS-1$
		}
		assertFalse(host.stack.isSaveNeeded(), "exporting changes nothing");
		// and back: importing our own export into the same facility adds nothing new
		assertTrue(MapImport.plan(host, drawio).newDevices().isEmpty());
	}

	@Test
	void aCatalogProductFromThePaletteBecomesADeviceOfThatModel() throws Exception {
		host = TestHost.open(emptyFile());
		DiagramCanvas canvas = host.view.canvas();
		io.sekisho.catalog.CatalogEntry entry = io.sekisho.catalog.DeviceCatalog.fromPlatform().all().stream()
				.filter(e -> e.networkType() != null && e.networkType() != io.sekisho.model.facility.NetworkDeviceType.NONE).findFirst()
				.orElseThrow();
		org.eclipse.swt.widgets.TreeItem item = findItem(host.view.palette().getItems(), entry);
		assertNotNull(item, "the catalog's products are in the palette");
		host.view.palette().setSelection(item);
		Event select = new Event();
		select.item = item;
		host.view.palette().notifyListeners(SWT.Selection, select);
		MapUi.click(canvas, 300, 200, 0);
		Device device = host.facility().getDevices().get(0);
		assertEquals(entry.vendor(), device.getManufacturer());
		assertEquals(entry.model(), device.getModel());
		assertEquals(entry.networkType(), device.getNetworkType());
		assertNotNull(canvas.scene().figureOf(device));
	}

	private static org.eclipse.swt.widgets.TreeItem findItem(org.eclipse.swt.widgets.TreeItem[] items, Object tool) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			if (item.getData() instanceof NetworkMapView.Tool t && t.kind() == tool) {
				return item;
			}
			org.eclipse.swt.widgets.TreeItem found = findItem(item.getItems(), tool);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static Tree paletteOf(TestHost host) {
		return findTree(host.shell);
	}

	private static Tree findTree(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Tree tree) {
				return tree;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Tree found = findTree(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
