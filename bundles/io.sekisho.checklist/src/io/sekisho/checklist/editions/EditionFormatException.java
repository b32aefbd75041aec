package io.sekisho.checklist.editions;

import java.util.List;

/** An edition file that cannot be used; every message names the file and the place (line/column or item id). */
public class EditionFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public EditionFormatException(List<String> problems) {
		super(String.join(System.lineSeparator(), problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
