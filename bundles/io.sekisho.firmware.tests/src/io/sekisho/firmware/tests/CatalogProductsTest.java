package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.sekisho.firmware.match.DeviceProducts;
import io.sekisho.firmware.match.Product;

/** The device catalog (this fragment's fragment.xml adds a vendor's product) names the CPE products to match. */
class CatalogProductsTest {

	@Test
	void aVendorsCatalogNamesTheFirmwareAndHardwareOfItsProduct() {
		var products = DeviceProducts.of("エグザンプル機器", "EX-100", null, null, null).orElseThrow();
		assertEquals(new Product("example_devices", "ex-100_firmware"), products.firmware().get(0));
		assertEquals(new Product("example_devices", "ex-100"), products.hardware().get(0));
	}

	@Test
	void aRecordedCpeStillWinsOverTheCatalog() {
		var products = DeviceProducts.of("Example Devices", "EX-100", null, "cpe:2.3:o:example_devices:ex-os:*:*:*:*:*:*:*:*", null)
				.orElseThrow();
		assertEquals(new Product("example_devices", "ex-os"), products.firmware().get(0));
	}

	@Test
	void sekishosOwnCatalogNamesTheProductsOfItsNetworkModels() {
		var products = DeviceProducts.of("SonicWall", "TZ500", null, null, null).orElseThrow();
		assertTrue(products.firmware().contains(new Product("sonicwall", "sonicos")), products.toString());
		assertTrue(products.hardware().contains(new Product("sonicwall", "tz_500")), products.toString());
	}
}
