package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleSeverity;
import io.sekisho.netmap.render.Fonts;
import io.sekisho.netmap.render.MapPictures;
import io.sekisho.netmap.render.MapScene;

class PicturesTest {

	private static MapScene demoScene() {
		FacilityWorkbook wb = DemoFacility.build();
		return MapScene.of(wb, Diagrams.create(wb), NetworkAnalysis.fromPlatform().run(wb));
	}

	@Test
	void japaneseFontIsFound() {
		assertTrue(Fonts.family().contains("CJK") || Fonts.family().contains("JP") || Fonts.family().contains("Gothic"), Fonts.family());
	}

	@Test
	void demoPngIsPaintedWithBadges() throws Exception {
		MapScene scene = demoScene();
		assertTrue(scene.nodes().stream().anyMatch(n -> "VPN-MEAL01".equals(n.name()) && n.badge() == RuleSeverity.ERROR));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MapPictures.png(scene, out);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals(scene.bounds().width + 48, image.getWidth());
		// our PNG encoder writes exactly the painted pixels
		BufferedImage painted = MapPictures.image(scene, 1.0);
		for (int x = 0; x < image.getWidth(); x += 13) {
			for (int y = 0; y < image.getHeight(); y += 11) {
				assertEquals(painted.getRGB(x, y), image.getRGB(x, y), x + "," + y);
			}
		}
		// not blank: the zones are tinted
		int tinted = 0;
		for (int x = 0; x < image.getWidth(); x += 7) {
			for (int y = 0; y < image.getHeight(); y += 7) {
				if (image.getRGB(x, y) != 0xFFFFFFFF) {
					tinted++;
				}
			}
		}
		assertTrue(tinted > 1000, "tinted " + tinted);
		// kept for people to look at (target/ of this fragment)
		Files.write(Path.of(System.getProperty("java.io.tmpdir"), "netmap-demo.png"), out.toByteArray());
	}

	@Test
	void demoSvgHasJapaneseTextAndEveryDevice() throws Exception {
		MapScene scene = demoScene();
		StringWriter svg = new StringWriter();
		MapPictures.svg(scene, svg);
		String text = svg.toString();
		assertTrue(text.startsWith("<?xml") && text.contains("<svg"));
		assertTrue(text.contains("電子カルテ系LAN"), "zone name");
		assertTrue(text.contains(">FGT-EHR01<"));
		assertEquals(scene.nodes().size(), scene.nodes().stream().filter(n -> text.contains(">" + n.name() + "<") || text.contains(">" + n.name().substring(0, 3))).count());
		Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "netmap-demo.svg"), text);
	}

	@Test
	void hugeMapPngStaysWithinThePixelBudget() {
		FacilityWorkbook wb = io.sekisho.netmap.internal.synthetic.SyntheticHospital.of(2000);
		BufferedImage image = MapPictures.image(MapScene.of(wb, Diagrams.create(wb), null), 4.0);
		assertTrue((long) image.getWidth() * image.getHeight() <= MapPictures.MAX_PIXELS + image.getWidth() + image.getHeight());
	}
}
