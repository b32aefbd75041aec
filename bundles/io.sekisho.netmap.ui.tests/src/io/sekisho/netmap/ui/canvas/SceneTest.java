package io.sekisho.netmap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The scene without a display: containment, hit order, routing, damage. */
class SceneTest {

	@Test
	void hitPrefersNodesOverConnectionsOverContainers() {
		Scene scene = new Scene();
		ContainerFigure zone = scene.add(new ContainerFigure("zone"), new Rect(0, 0, 600, 400), null);
		NodeFigure a = scene.add(new NodeFigure("a"), new Rect(40, 60, 120, 40), zone);
		NodeFigure b = scene.add(new NodeFigure("b"), new Rect(400, 60, 120, 40), zone);
		ConnectionFigure link = scene.connect(new ConnectionFigure("link", a, b), List.of());
		assertSame(a, scene.hit(100, 80, 2));
		assertSame(link, scene.hit(300, 81, 2));
		assertSame(zone, scene.hit(300, 300, 2));
		assertNull(scene.hit(900, 900, 2));
		assertEquals(List.of(zone, link, a, b), scene.inArea(new Rect(0, 0, 1000, 1000)));
		assertSame(zone, scene.containerAt(100, 80, List.of()));
		assertNull(scene.containerAt(100, 80, List.of(zone)));
	}

	@Test
	void movingANodeReroutesItsConnectionsAndReportsDamage() {
		Scene scene = new Scene();
		NodeFigure a = scene.add(new NodeFigure("a"), new Rect(0, 0, 100, 40), null);
		NodeFigure b = scene.add(new NodeFigure("b"), new Rect(300, 0, 100, 40), null);
		ConnectionFigure link = scene.connect(new ConnectionFigure("link", a, b), List.of());
		assertEquals(100, link.points()[0], 1e-9);
		List<Rect> damage = new ArrayList<>();
		scene.addDamageListener(damage::add);
		scene.setBounds(b, new Rect(300, 400, 100, 40));
		assertTrue(damage.stream().anyMatch(r -> r.contains(350, 20)), "old place repainted");
		assertTrue(damage.stream().anyMatch(r -> r.contains(350, 420)), "new place repainted");
		assertEquals(400, link.points()[3], 1e-9);
		double[] middle = Geometry.midpoint(link.points());
		assertSame(link, scene.hit(middle[0], middle[1], 1));
		// everything damaged stays local: nothing far away is repainted
		assertTrue(damage.stream().noneMatch(r -> r.contains(2000, 2000)));
	}

	@Test
	void removingAContainerRemovesItsChildrenAndTheirConnections() {
		Scene scene = new Scene();
		ContainerFigure zone = scene.add(new ContainerFigure("zone"), new Rect(0, 0, 600, 400), null);
		NodeFigure a = scene.add(new NodeFigure("a"), new Rect(40, 60, 120, 40), zone);
		NodeFigure outside = scene.add(new NodeFigure("o"), new Rect(900, 60, 120, 40), null);
		scene.connect(new ConnectionFigure("link", a, outside), List.of(new double[] { 700, 80 }));
		assertEquals(4, scene.size());
		scene.remove(zone);
		assertEquals(1, scene.size());
		assertSame(outside, scene.figureOf("o"));
		assertTrue(scene.connectionsOf(outside).isEmpty());
		assertThrows(IllegalArgumentException.class, () -> scene.add(new NodeFigure("o"), new Rect(0, 0, 1, 1), null));
	}

	@Test
	void reconnectMovesTheEnd() {
		Scene scene = new Scene();
		NodeFigure a = scene.add(new NodeFigure("a"), new Rect(0, 0, 100, 40), null);
		NodeFigure b = scene.add(new NodeFigure("b"), new Rect(300, 0, 100, 40), null);
		NodeFigure c = scene.add(new NodeFigure("c"), new Rect(0, 300, 100, 40), null);
		ConnectionFigure link = scene.connect(new ConnectionFigure("link", a, b), List.of());
		scene.setEnds(link, a, c);
		assertTrue(scene.connectionsOf(b).isEmpty());
		assertEquals(List.of(link), scene.connectionsOf(c));
		assertEquals(300, link.points()[3], 1e-9);
	}
}
