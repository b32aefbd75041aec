package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.DiagramSync;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.internal.synthetic.SyntheticHospital;
import io.sekisho.netmap.layout.MapLayout;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.NodeFigure;

class MapLayoutTest {

	private static NodeFigure figure(Diagram diagram, String id) {
		return diagram.getNodes().stream().filter(n -> id.equals(n.getElementId())).findFirst().orElseThrow();
	}

	@Test
	void demoIsPlacedDevicesInsideTheirZonesWithoutOverlap() {
		FacilityWorkbook wb = DemoFacility.build();
		Diagram diagram = Diagrams.create(wb);
		MapLayout.Result result = new MapLayout(wb, diagram).run(new NullProgressMonitor());
		assertTrue(new DiagramSync(diagram, wb).unplacedNodes().isEmpty());
		assertTrue(result.width() > 0 && result.width() < 12_000, "width " + result.width());
		for (Device d : wb.getDevices()) {
			if (d.getStatus() == io.sekisho.model.facility.DeviceStatus.DECOMMISSIONED) {
				continue;
			}
			NodeFigure n = figure(diagram, d.getId());
			NodeFigure z = figure(diagram, d.getZone().getId());
			assertTrue(n.getX() >= z.getX() && n.getY() >= z.getY() && n.getX() + n.getWidth() <= z.getX() + z.getWidth()
					&& n.getY() + n.getHeight() <= z.getY() + z.getHeight(), d.getName() + " outside " + d.getZone().getName());
		}
		for (NodeFigure a : diagram.getNodes()) {
			for (NodeFigure b : diagram.getNodes()) {
				if (a != b && wb.getDevices().stream().anyMatch(d -> d.getId().equals(a.getElementId()))
						&& wb.getDevices().stream().anyMatch(d -> d.getId().equals(b.getElementId()))) {
					boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
							&& b.getY() < a.getY() + a.getHeight();
					assertTrue(!overlap, a.getElementId() + " overlaps " + b.getElementId());
				}
			}
		}
	}

	@Test
	void pinnedFigureKeepsItsPlace() {
		FacilityWorkbook wb = DemoFacility.build();
		Diagram diagram = Diagrams.create(wb);
		new MapLayout(wb, diagram).run(null);
		NodeFigure fortigate = figure(diagram, wb.getDevices().stream().filter(d -> "FGT-EHR01".equals(d.getName())).findFirst().orElseThrow().getId());
		fortigate.setX(-500);
		fortigate.setY(-700);
		fortigate.setPinned(true);
		new MapLayout(wb, diagram).run(null);
		assertEquals(-500, fortigate.getX());
		assertEquals(-700, fortigate.getY());
	}

	@Test
	void pinnedLinkKeepsItsBendPointsOthersAreRouted() {
		FacilityWorkbook wb = DemoFacility.build();
		Diagram diagram = Diagrams.create(wb);
		new MapLayout(wb, diagram).run(null);
		io.sekisho.model.facility.Link first = wb.getLinks().get(0);
		io.sekisho.model.facility.Link second = wb.getLinks().get(1);
		io.sekisho.netmap.notation.EdgeFigure pinned = edge(diagram, first.getId());
		io.sekisho.netmap.notation.EdgeFigure free = edge(diagram, second.getId());
		java.util.List<String> freeBefore = points(free);
		pinned.getBendPoints().clear();
		io.sekisho.netmap.notation.BendPoint bend = io.sekisho.netmap.notation.NotationFactory.eINSTANCE.createBendPoint();
		bend.setX(-1234);
		bend.setY(4321);
		pinned.getBendPoints().add(bend);
		pinned.setPinned(true);
		io.sekisho.netmap.notation.BendPoint stray = io.sekisho.netmap.notation.NotationFactory.eINSTANCE.createBendPoint();
		stray.setX(-999);
		stray.setY(-999);
		free.getBendPoints().add(stray);
		new MapLayout(wb, diagram).run(null);
		assertEquals(java.util.List.of("-1234,4321"), points(pinned));
		assertEquals(freeBefore, points(free), "an unpinned link is routed by the layout again");
	}

	private static io.sekisho.netmap.notation.EdgeFigure edge(Diagram diagram, String id) {
		return diagram.getEdges().stream().filter(e -> id.equals(e.getElementId())).findFirst().orElseThrow();
	}

	private static java.util.List<String> points(io.sekisho.netmap.notation.EdgeFigure edge) {
		return edge.getBendPoints().stream().map(p -> p.getX() + "," + p.getY()).toList();
	}

	@Test
	void largeMapIsPackedNotOneStrip() {
		FacilityWorkbook wb = SyntheticHospital.of(2000);
		Diagram diagram = Diagrams.create(wb);
		MapLayout.Result result = new MapLayout(wb, diagram).run(null);
		assertTrue(result.width() < 4 * result.height() && result.height() < 4 * result.width(), result.toString());
		assertTrue(result.width() < 20_000, result.toString());
	}

	@Test
	void cancelledLayoutStops() {
		FacilityWorkbook wb = SyntheticHospital.of(500);
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new MapLayout(wb, Diagrams.create(wb)).run(monitor));
	}
}
