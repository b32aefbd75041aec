package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sekisho.model.validation.AddressFormats;

class AddressFormatsTest {

	@ParameterizedTest
	@CsvSource({ "10.0.0.1, true", "255.255.255.255, true", "0.0.0.0, true", "256.1.1.1, false", "10.0.0, false", "10.0.0.1.2, false",
			"010.0.0.1, false", "10.0.0.-1, false", "a.b.c.d, false", "'', false", "::1, true", "2001:db8::1, true", "fe80::1%eth0, true",
			"2001:db8:0:0:0:0:0:1, true", "2001:db8::1::2, false", "2001:db8:0:0:0:0:0:0:1, false", "::ffff:192.0.2.1, true",
			"::ffff:192.0.2.256, false", "12345::1, false", "gggg::1, false", "fe80::1%, false" })
	void ipAddresses(String text, boolean valid) {
		assertEquals(valid, AddressFormats.isIpAddress(text), text);
	}

	@ParameterizedTest
	@CsvSource({ "00:1A:2B:3C:4D:5E, true", "00-1a-2b-3c-4d-5e, true", "001a.2b3c.4d5e, true", "001A2B3C4D5E, true",
			"00:1A:2B:3C:4D, false", "00:1A-2B:3C:4D:5E, false", "00:1A:2B:3C:4D:5G, false", "'', false" })
	void macAddresses(String text, boolean valid) {
		assertEquals(valid, AddressFormats.isMacAddress(text), text);
	}
}
