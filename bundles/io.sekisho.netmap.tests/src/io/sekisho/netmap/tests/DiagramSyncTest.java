package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.netmap.DiagramSync;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.notation.NotationFactory;

class DiagramSyncTest {

	@Test
	void everyElementWithoutFigureIsUnplaced() {
		FacilityWorkbook workbook = DemoFacility.build();
		Diagram diagram = Diagrams.create(workbook);
		List<Identified> unplaced = new DiagramSync(diagram, workbook).unplacedNodes();
		long devicesDrawn = workbook.getDevices().stream().filter(d -> d.getStatus() != DeviceStatus.DECOMMISSIONED).count();
		assertEquals(workbook.getZones().size() + devicesDrawn + workbook.getExternalConnections().size(), unplaced.size());
	}

	@Test
	void figuresOfDeletedElementsAreDropped() {
		FacilityWorkbook workbook = DemoFacility.build();
		Diagram diagram = Diagrams.create(workbook);
		Device kept = workbook.getDevices().get(0);
		Device deleted = workbook.getDevices().get(1);
		diagram.getNodes().add(node(kept.getId()));
		diagram.getNodes().add(node(deleted.getId()));
		diagram.getNodes().add(node(kept.getId())); // a duplicate is dropped too
		diagram.getNodes().add(node("no-such-element"));
		Link link = workbook.getLinks().stream().filter(l -> l.getSource() == deleted || l.getTargetDevice() == deleted)
				.findFirst().orElse(workbook.getLinks().get(0));
		EdgeFigure edge = NotationFactory.eINSTANCE.createEdgeFigure();
		edge.setElementId(link.getId());
		diagram.getEdges().add(edge);

		workbook.getDevices().remove(deleted);
		workbook.getLinks().remove(link);
		DiagramSync.Result result = new DiagramSync(diagram, workbook).reconcile();

		assertTrue(result.changedDiagram());
		assertEquals(3, result.droppedNodes().size());
		assertEquals(1, result.droppedEdges().size());
		assertEquals(1, diagram.getNodes().size());
		assertEquals(kept.getId(), diagram.getNodes().get(0).getElementId());
		assertTrue(diagram.getEdges().isEmpty());
		assertFalse(result.unplacedNodes().contains(kept));
	}

	@Test
	void decommissionedDeviceLosesItsFigure() {
		FacilityWorkbook workbook = DemoFacility.build();
		Diagram diagram = Diagrams.create(workbook);
		Device device = workbook.getDevices().get(0);
		diagram.getNodes().add(node(device.getId()));
		device.setStatus(DeviceStatus.DECOMMISSIONED);
		assertEquals(1, new DiagramSync(diagram, workbook).staleNodes().size());
	}

	private static NodeFigure node(String id) {
		NodeFigure node = NotationFactory.eINSTANCE.createNodeFigure();
		node.setElementId(id);
		return node;
	}
}
