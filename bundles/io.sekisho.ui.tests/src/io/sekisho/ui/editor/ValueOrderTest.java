package io.sekisho.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Severity;

/** Table cells sort by value: addresses, numbers, dates, enum literals and names with numbers. */
class ValueOrderTest {

	private final ValueOrder order = new ValueOrder(Locale.JAPANESE);

	private List<Object> sorted(Object... values) {
		List<Object> list = new ArrayList<>(Arrays.asList(values));
		list.sort(order);
		return list;
	}

	@Test
	void ipv4AddressesSortByTheirOctetsNotTheirText() {
		assertEquals(List.of("10.0.0.2", "10.0.0.9", "10.0.0.10", "10.0.0.100", "10.0.1.1", "192.168.1.1"),
				sorted("10.0.0.100", "192.168.1.1", "10.0.0.10", "10.0.1.1", "10.0.0.9", "10.0.0.2"));
		assertEquals(List.of("10.1.0.0/16", "10.1.0.0/24", "10.1.0.1"), sorted("10.1.0.1", "10.1.0.0/24", "10.1.0.0/16"));
	}

	@Test
	void listsOfAddressesSortByTheirFirstAddress() {
		assertEquals(List.of(List.of("10.0.0.9", "10.0.0.200"), List.of("10.0.0.10")),
				sorted(List.of("10.0.0.10"), List.of("10.0.0.9", "10.0.0.200")));
	}

	@Test
	void numbersAndDatesSortAsNumbersAndDates() {
		assertEquals(List.of(2, 9, 10, 100), sorted(100, 9, 10, 2));
		assertEquals(List.of(1.5, 2L, 10), sorted(10, 2L, 1.5));
		assertEquals(List.of(LocalDate.of(2025, 9, 30), LocalDate.of(2026, 3, 31), LocalDate.of(2030, 1, 1)),
				sorted(LocalDate.of(2030, 1, 1), LocalDate.of(2025, 9, 30), LocalDate.of(2026, 3, 31)));
	}

	@Test
	void namesWithNumbersSortNaturally() {
		assertEquals(List.of("PC-2", "PC-9", "PC-10", "PC-100", "SV-1"), sorted("PC-100", "SV-1", "PC-10", "PC-2", "PC-9"));
	}

	@Test
	void enumLiteralsSortInModelOrder() {
		List<Object> expected = new ArrayList<>(Severity.VALUES);
		List<Object> reversed = new ArrayList<>(Severity.VALUES.reversed());
		reversed.sort(order);
		assertEquals(expected, reversed);
	}

	@Test
	void emptyValuesAreNoValues() {
		assertEquals(List.of("10.0.0.1", ""), sorted("", "10.0.0.1"));
		assertEquals(true, ValueOrder.isEmpty(List.of()));
		assertEquals(true, ValueOrder.isEmpty(null));
		assertEquals(false, ValueOrder.isEmpty(Boolean.FALSE));
	}

	@Test
	void preparedKeysOrderAsTheValuesDo() {
		List<Object> values = Arrays.asList("10.0.0.9", "10.0.0.10", " 10.0.0.100 ", "10.0.0.0/24", "PC-2", "PC-10", "pc-10a", "あいう", "アイウ",
				"事務部", "", null, 7, 7.5, 10L, LocalDate.of(2025, 9, 30), LocalDate.of(2026, 1, 1), Boolean.TRUE, Boolean.FALSE,
				List.of("10.0.0.9", "10.0.0.200"), List.of("10.0.0.10"), List.of(), List.of("PC-3"), "10.0.0.300", "123", "12a3");
		for (Object a : values) {
			for (Object b : values) {
				int expected = Integer.signum(order.compare(a, b));
				int actual = Integer.signum(order.key(a).compareTo(order.key(b)));
				assertEquals(expected, actual, a + " / " + b);
			}
		}
	}
}
