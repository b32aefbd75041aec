package io.sekisho.netmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.Test;

import io.sekisho.model.ModelIds;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.netmap.ui.canvas.DiagramCanvas;
import io.sekisho.netmap.ui.canvas.Rect;

/**
 * Measures (reports, never asserts) how long a full repaint of the canvas takes with 2,000 devices in 20 zones,
 * each linked to its zone's switch: at "show all" and at 100 %, painted into an offscreen image of the canvas's
 * size by the canvas's own paint code. The anchor of issue 12 is 50 ms. Each case reports the painting thread's CPU
 * time (the rendering work itself: the canvas paints into a client-side image, so no other process works for it)
 * beside the wall clock (which on a shared machine also counts waiting for a core): median, 90th percentile and
 * minimum. The numbers go to standard output and to target/netmap-ui-repaint.txt.
 */
class RepaintMeasurementTest {

	private static final int DEVICES = 2000;
	private static final int ZONES = 20;
	private static final int ROUNDS = 40;
	private static final int WARM_UP = 5;

	@Test
	void reportFullRepaintAt2000Devices() throws Exception {
		Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "bench"); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = dir.resolve("facility.sekisho"); //$NON-NLS-1$
		SekishoFiles.save(facility(), file);
		TestHost host = TestHost.open(file);
		try {
			DiagramCanvas canvas = host.view.canvas();
			assertEquals(DEVICES + ZONES + DEVICES - ZONES, canvas.scene().size(), "all figures drawn");
			StringBuilder report = new StringBuilder();
			report.append(String.format(Locale.ROOT, "canvas %dx%d px, %d figures, load average %.1f on %d cores%n", //$NON-NLS-1$
					canvas.getSize().x, canvas.getSize().y, canvas.scene().size(),
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors()));
			canvas.fit();
			report.append(measure(canvas, "show all (zoom " + String.format(Locale.ROOT, "%.3f", canvas.viewport().zoom()) + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			canvas.setZoom(1);
			Rect extent = canvas.scene().extent();
			canvas.centerOn(extent.centerX(), extent.centerY());
			report.append(measure(canvas, "100 %")); //$NON-NLS-1$
			canvas.setZoom(0.5);
			report.append(measure(canvas, "50 %")); //$NON-NLS-1$
			System.out.print(report);
			Files.writeString(Path.of(System.getProperty("java.io.tmpdir")).resolve("netmap-ui-repaint.txt"), report); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			host.close();
		}
	}

	private static String measure(DiagramCanvas canvas, String label) {
		int width = canvas.getSize().x;
		int height = canvas.getSize().y;
		return measure(canvas, "full repaint at " + label, 0, 0, width, height) //$NON-NLS-1$
				+ measure(canvas, "  one damaged region (240x120 px) at " + label, width / 2, height / 2, 240, 120); //$NON-NLS-1$
	}

	/**
	 * Wall-clock time and the painting thread's CPU time (the canvas paints into a client-side image, so the
	 * CPU time is the rendering work itself; the wall clock also counts waiting for a core on a shared machine).
	 */
	private static String measure(DiagramCanvas canvas, String label, int x, int y, int width, int height) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		Image image = new Image(canvas.getDisplay(), canvas.getSize().x, canvas.getSize().y);
		List<Long> wall = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		try {
			for (int i = 0; i < ROUNDS + WARM_UP; i++) {
				GC gc = new GC(image);
				try {
					gc.setClipping(x, y, width, height);
					long startCpu = threads.getCurrentThreadCpuTime();
					long start = System.nanoTime();
					canvas.paint(gc, x, y, width, height);
					long elapsed = System.nanoTime() - start;
					long elapsedCpu = threads.getCurrentThreadCpuTime() - startCpu;
					if (i >= WARM_UP) { // the first rounds warm up fonts, text measurements and the JIT
						wall.add(elapsed);
						cpu.add(elapsedCpu);
					}
				} finally {
					gc.dispose();
				}
			}
		} finally {
			image.dispose();
		}
		wall.sort(null);
		cpu.sort(null);
		return String.format(Locale.ROOT,
				"%s: CPU median %.1f ms (p90 %.1f, min %.1f) | wall median %.1f ms (p90 %.1f, min %.1f) | %d rounds | anchor < 50 ms%n", //$NON-NLS-1$
				label, cpu.get(cpu.size() / 2) / 1e6, cpu.get(cpu.size() * 9 / 10) / 1e6, cpu.get(0) / 1e6,
				wall.get(wall.size() / 2) / 1e6, wall.get(wall.size() * 9 / 10) / 1e6, wall.get(0) / 1e6, wall.size());
	}

	static FacilityWorkbook facility() {
		FacilityWorkbook workbook = Workbooks.create(ModelIds.newId(), new byte[32]);
		workbook.getFacility().setName("ベンチマーク病院"); //$NON-NLS-1$
		FacilityFactory f = FacilityFactory.eINSTANCE;
		List<Zone> zones = new ArrayList<>();
		List<Device> switches = new ArrayList<>();
		for (int z = 0; z < ZONES; z++) {
			Zone zone = f.createZone();
			zone.setName("ゾーン " + (z + 1)); //$NON-NLS-1$
			zone.setTrustLevel(TrustLevel.values()[z % TrustLevel.values().length]);
			workbook.getZones().add(zone);
			zones.add(zone);
			Device sw = f.createDevice();
			sw.setName(String.format(Locale.ROOT, "SW-%02d", z)); //$NON-NLS-1$
			sw.setCategory(DeviceCategory.NETWORK_DEVICE);
			sw.setNetworkType(NetworkDeviceType.SWITCH);
			sw.setStatus(DeviceStatus.IN_USE);
			sw.setZone(zone);
			sw.getIpAddresses().add(String.format(Locale.ROOT, "10.%d.0.1", z)); //$NON-NLS-1$
			workbook.getDevices().add(sw);
			switches.add(sw);
		}
		DeviceCategory[] categories = { DeviceCategory.CLIENT_PC, DeviceCategory.SERVER, DeviceCategory.PRINTER,
				DeviceCategory.MEDICAL_DEVICE, DeviceCategory.IOT };
		for (int i = 0; i < DEVICES - ZONES; i++) {
			int z = i % ZONES;
			Device device = f.createDevice();
			device.setName(String.format(Locale.ROOT, "PC-%04d", i)); //$NON-NLS-1$
			device.setCategory(categories[i % categories.length]);
			device.setStatus(DeviceStatus.IN_USE);
			device.setZone(zones.get(z));
			device.getIpAddresses().add(String.format(Locale.ROOT, "10.%d.%d.%d", z, 1 + i / 250, 2 + i % 250)); //$NON-NLS-1$
			workbook.getDevices().add(device);
			Link link = f.createLink();
			link.setSource(device);
			link.setTargetDevice(switches.get(z));
			workbook.getLinks().add(link);
		}
		return workbook;
	}
}
