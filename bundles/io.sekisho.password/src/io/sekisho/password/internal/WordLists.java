package io.sekisho.password.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads Sekisho's word and catalog files: one entry per line, optional TAB and remark, # comments. */
public final class WordLists {

	private WordLists() {
	}

	public static List<String> read(InputStream in) throws IOException {
		List<String> words = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				int tab = line.indexOf('\t');
				String word = (tab < 0 ? line : line.substring(0, tab)).strip();
				if (!word.isEmpty()) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	/** A list bundled with io.sekisho.password, by its path in the bundle. */
	public static List<String> bundled(String path) {
		try (InputStream in = WordLists.class.getResourceAsStream("/" + path)) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalStateException("missing bundled list " + path); //$NON-NLS-1$
			}
			return read(in);
		} catch (IOException e) {
			throw new IllegalStateException("unreadable bundled list " + path, e); //$NON-NLS-1$
		}
	}
}
