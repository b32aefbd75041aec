package io.sekisho.firmware.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.firmware.vuln.CpeNames;

/**
 * Which CPE products a device is listed under, from what an integrator writes (manufacturer, model, operating
 * system) or from a CPE name: the vendor's firmware product, the hardware, and their aliases: OEM rebrands (NTT
 * 西日本/東日本 Biz Box routers are YAMAHA RTX/NVR), renamed vendors (Pulse Secure is Ivanti), Japanese and English
 * vendor names.
 */
public final class DeviceProducts {

	/** A device's products: firmware first its own, then aliases; hardware likewise (may be empty). */
	public record Products(List<Product> firmware, List<Product> hardware) {
		public FirmwareQuery query(String version) {
			return new FirmwareQuery(firmware, version, hardware);
		}
	}

	private static final Pattern YAMAHA_MODEL = Pattern.compile("(RTX|NVR|FWX|RTV|SRT)\\s*-?\\s*(\\d{3,4}[A-Z]*)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern IX_MODEL = Pattern.compile("IX\\s*-?\\s*([RV]?)(\\d{4})", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private DeviceProducts() {
	}

	/**
	 * @return the CPE vendor for a manufacturer as people write it (ヤマハ, YAMAHA Corporation, NTT西日本...), or empty
	 *         when the vendor is not one Sekisho knows
	 */
	public static Optional<String> vendor(String manufacturer) {
		if (manufacturer == null || manufacturer.isBlank()) {
			return Optional.empty();
		}
		String m = Normalizer.normalize(manufacturer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String[][] names = { { "fortinet", "fortinet", "フォーティネット" }, { "yamaha", "yamaha", "ヤマハ" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "ntt-west", "ntt西日本", "西日本電信電話", "ntt-west", "nttwest" }, { "ntt-east", "ntt東日本", "東日本電信電話", "ntt-east", "ntteast" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				{ "cisco", "cisco", "シスコ" }, { "paloaltonetworks", "paloalto", "パロアルト" }, { "sonicwall", "sonicwall", "ソニックウォール" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				{ "alliedtelesis", "alliedtelesis", "アライドテレシス" }, { "buffalo", "buffalo", "バッファロー" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "ivanti", "ivanti", "pulsesecure", "イヴァンティ" }, { "juniper", "juniper", "ジュニパー" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				{ "nec", "nec", "日本電気" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String[] row : names) {
			for (int i = 1; i < row.length; i++) {
				if (m.startsWith(row[i])) {
					return Optional.of(row[0]);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * @param productId a CPE 2.3 name of the firmware (takes precedence), or null
	 * @param hardwareId a CPE 2.3 name of the hardware, or null
	 * @return the products, or empty when nothing identifies the firmware (製品不明)
	 */
	public static Optional<Products> of(String manufacturer, String model, String operatingSystem, String productId, String hardwareId) {
		List<Product> firmware = new ArrayList<>();
		List<Product> hardware = new ArrayList<>();
		if (productId != null && productId.startsWith("cpe:2.3:")) { //$NON-NLS-1$
			firmware.add(new Product(CpeNames.part(productId, 3), CpeNames.part(productId, 4)));
		}
		if (hardwareId != null && hardwareId.startsWith("cpe:2.3:")) { //$NON-NLS-1$
			hardware.add(new Product(CpeNames.part(hardwareId, 3), CpeNames.part(hardwareId, 4)));
		}
		if (firmware.isEmpty()) {
			// the device catalog (io.sekisho.catalog.devices, vendors add theirs) names the model's CPE products
			DeviceCatalog.fromPlatform().find(manufacturer, model).ifPresent(entry -> {
				entry.firmwareCpe().ifPresent(cpe -> firmware.add(new Product(CpeNames.part(cpe, 3), CpeNames.part(cpe, 4))));
				entry.hardwareCpe().ifPresent(cpe -> hardware.add(new Product(CpeNames.part(cpe, 3), CpeNames.part(cpe, 4))));
			});
		}
		String vendor = firmware.isEmpty() ? vendor(manufacturer).orElse(null) : firmware.get(0).vendor();
		if (vendor != null) {
			derive(vendor, nz(model), nz(operatingSystem), firmware, hardware);
		}
		if (firmware.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Products(distinct(firmware), distinct(hardware)));
	}

	private static void derive(String vendor, String model, String os, List<Product> firmware, List<Product> hardware) {
		String m = model.toLowerCase(Locale.ROOT).strip();
		String o = os.toLowerCase(Locale.ROOT);
		switch (vendor) {
		case "fortinet" -> { //$NON-NLS-1$
			firmware.add(new Product(vendor, o.contains("fortiproxy") ? "fortiproxy" : "fortios")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!m.isEmpty()) {
				hardware.add(new Product(vendor, m.replaceAll("\\s+", "-"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		case "yamaha", "ntt-west", "ntt-east" -> yamaha(vendor, model, firmware, hardware); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "cisco" -> { //$NON-NLS-1$
			firmware.add(new Product(vendor, o.contains("xe") ? "ios_xe" : o.contains("nx-os") ? "nx-os" : "ios")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			addModel(vendor, m, hardware);
		}
		case "paloaltonetworks" -> { //$NON-NLS-1$
			firmware.add(new Product(vendor, "pan-os")); //$NON-NLS-1$
			addModel(vendor, m, hardware);
		}
		case "sonicwall" -> { //$NON-NLS-1$
			firmware.add(new Product(vendor, "sonicos")); //$NON-NLS-1$
			addModel(vendor, m.replace("sonicwall", "").strip(), hardware); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case "ivanti" -> { //$NON-NLS-1$
			boolean policy = m.contains("policy") || o.contains("policy"); //$NON-NLS-1$ //$NON-NLS-2$
			firmware.add(new Product("ivanti", policy ? "policy_secure" : "connect_secure")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			firmware.add(new Product("pulsesecure", policy ? "pulse_policy_secure" : "pulse_connect_secure")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		case "juniper" -> { //$NON-NLS-1$
			firmware.add(new Product(vendor, "junos")); //$NON-NLS-1$
			addModel(vendor, m, hardware);
		}
		case "nec" -> { //$NON-NLS-1$
			Matcher ix = IX_MODEL.matcher(model);
			if (ix.find()) {
				String name = ("ix" + ix.group(1) + ix.group(2)).toLowerCase(Locale.ROOT); //$NON-NLS-1$
				firmware.add(new Product(vendor, "univerge_" + name + "_firmware")); //$NON-NLS-1$ //$NON-NLS-2$
				firmware.add(new Product(vendor, name + "_firmware")); //$NON-NLS-1$
				hardware.add(new Product(vendor, "univerge_" + name)); //$NON-NLS-1$
				hardware.add(new Product(vendor, name));
				// the CNA (NEC PSIRT) names the new series as one product
				if (!ix.group(1).isEmpty()) {
					firmware.add(new Product("nec_corporation", "univerge_ix-r/ix-v")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		default -> { // alliedtelesis, buffalo: the NVD product is <model>_firmware on hardware <model>
			if (!m.isEmpty()) {
				String name = m.replaceAll("\\s+", "-"); //$NON-NLS-1$ //$NON-NLS-2$
				firmware.add(new Product(vendor, name + "_firmware")); //$NON-NLS-1$
				hardware.add(new Product(vendor, name));
				if (vendor.equals("alliedtelesis") && name.startsWith("at-")) { //$NON-NLS-1$ //$NON-NLS-2$
					firmware.add(new Product(vendor, name.substring(3) + "_firmware")); //$NON-NLS-1$
					hardware.add(new Product(vendor, name.substring(3)));
				}
			}
			if (vendor.equals("alliedtelesis")) { //$NON-NLS-1$
				firmware.add(new Product(vendor, "alliedware_plus")); //$NON-NLS-1$
			}
		}
		}
	}

	/** YAMAHA and its OEM routers: the firmware product is {@code <model>_firmware}, the hardware {@code <model>}. */
	private static void yamaha(String vendor, String model, List<Product> firmware, List<Product> hardware) {
		Matcher ym = YAMAHA_MODEL.matcher(model);
		if (!ym.find()) {
			return;
		}
		String name = (ym.group(1) + ym.group(2)).toLowerCase(Locale.ROOT);
		List<String> vendors = vendor.equals("yamaha") ? List.of("yamaha") : List.of(vendor, "yamaha"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String v : vendors) {
			String product = v.equals("yamaha") ? name : "biz_box_" + name; //$NON-NLS-1$ //$NON-NLS-2$
			firmware.add(new Product(v, product + "_firmware")); //$NON-NLS-1$
			hardware.add(new Product(v, product));
		}
	}

	private static void addModel(String vendor, String model, List<Product> hardware) {
		if (!model.isEmpty()) {
			hardware.add(new Product(vendor, model.replaceAll("\\s+", "_"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static <T> List<T> distinct(List<T> list) {
		return list.stream().distinct().toList();
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	/**
	 * @return the CPE 2.3 name of a product: {@code o} for firmware (any version), {@code h} for hardware (version
	 *         {@code -}, as NVD writes hardware)
	 */
	public static String cpe(char part, Product product) {
		return "cpe:2.3:" + part + ':' + product.vendor() + ':' + product.product() + (part == 'h' ? ":-" : ":*") + ":*:*:*:*:*:*:*"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
