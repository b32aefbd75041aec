package io.sekisho.model.persistence;

/** A file written by a newer Sekisho, in a format this one does not know; it is refused rather than misread. */
public final class NewerSchemaException extends ModelLoadException {
	private static final long serialVersionUID = 1L;

	private final int fileVersion;

	public NewerSchemaException(String file, int line, int column, String detail, int fileVersion) {
		super(file, line, column, detail, null);
		this.fileVersion = fileVersion;
	}

	/** @return the schema version of the file, or -1 when the file uses an unknown namespace */
	public int fileVersion() {
		return fileVersion;
	}
}
