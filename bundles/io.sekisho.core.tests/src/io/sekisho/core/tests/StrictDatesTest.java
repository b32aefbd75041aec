package io.sekisho.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.sekisho.core.time.StrictDates;

class StrictDatesTest {

	@ParameterizedTest
	@CsvSource({ "2025-06-30, 2025-06-30", "2025/6/30, 2025-06-30", "2025/06/30, 2025-06-30", "2025年6月30日, 2025-06-30",
			"令和7年6月30日, 2025-06-30", "令和元年5月1日, 2019-05-01", "平成31年4月30日, 2019-04-30", "R7.6.30, 2025-06-30",
			"H31.4.30, 2019-04-30", "Ｒ７．６．３０, 2025-06-30", "２０２５／６／３０, 2025-06-30", "' 2025/6/30 ', 2025-06-30",
			"2024/2/29, 2024-02-29", "昭和64年1月7日, 1989-01-07" })
	void everyFormAPersonTypesIsRead(String text, String iso) {
		assertEquals(LocalDate.parse(iso), StrictDates.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025/2/30", "2025-02-30", "2025/13/1", "2025/4/31", "2025年2月29日", "令和7年2月30日", "令和元年4月30日",
			"平成32年1月1日", "R0.1.1", "H31.5.1" })
	void aDayThatDoesNotExistIsAnErrorNeverTheNearestDay(String text) {
		StrictDates.DateFormatException e = assertThrows(StrictDates.DateFormatException.class, () -> StrictDates.parse(text));
		assertTrue(e.getMessage().contains(text.strip()), e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "来週", "2025.6", "30/6/2025", "2025/6/30 10:00", "X7.6.30", "2025-6-30T" })
	void anythingElseIsNoDate(String text) {
		assertThrows(StrictDates.DateFormatException.class, () -> StrictDates.parse(text));
	}
}
