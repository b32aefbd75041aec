package io.sekisho.firmware.vuln.feed;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

/**
 * A feed file that cannot be read. The message is in the user's language and names the file and the place: the
 * record (its id or number) and the byte offset (in the uncompressed content for a .gz file).
 */
public class FeedException extends IOException {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final long byteOffset;
	private final String record;
	private final String problem;

	public FeedException(String file, long byteOffset, String record, String problem, Throwable cause) {
		super(format(file, byteOffset, record, problem), cause);
		this.file = file;
		this.byteOffset = byteOffset;
		this.record = record;
		this.problem = problem;
	}

	private static String format(String file, long byteOffset, String record, String problem) {
		if (record != null && byteOffset >= 0) {
			return NLS.bind(Messages.Feed_atRecord, new Object[] { file, record, Long.valueOf(byteOffset), problem });
		}
		if (byteOffset >= 0) {
			return NLS.bind(Messages.Feed_atOffset, new Object[] { file, Long.valueOf(byteOffset), problem });
		}
		return NLS.bind(Messages.Feed_atFile, file, problem);
	}

	/** The file's name as the user gave it. */
	public String file() {
		return file;
	}

	/** Byte offset of the problem (uncompressed content), or -1. */
	public long byteOffset() {
		return byteOffset;
	}

	/** The record where the problem is (its id, or "#n"), or null. */
	public String record() {
		return record;
	}

	/** The problem without the place. */
	public String problem() {
		return problem;
	}
}
