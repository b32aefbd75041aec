package io.sekisho.firmware.identify;

import java.util.Optional;

/** One kind of device output: recognises its text and reads it. */
interface OutputFormat {

	/** @return the identification, or empty when the text is not of this kind */
	Optional<Identification> read(Text text);
}
