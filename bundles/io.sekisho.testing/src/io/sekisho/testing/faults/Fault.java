package io.sekisho.testing.faults;

import java.util.List;

/**
 * One thing that goes wrong while a writer writes a file, injected into a child JVM by the preloaded library
 * faults/sekisho-fault.c (see {@link ChildJvm}).
 *
 * @param spec what the library is told (SEKISHO_FAULT)
 * @param label how a failing test names the step
 */
public record Fault(String spec, String label) {

	/** No fault: the control run that shows the writer works in the child and the fault is what makes it fail. */
	public static final Fault NONE = new Fault("", "no fault"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The stream throws (EIO) after {@code bytes} bytes went into the file. */
	public static Fault streamFailsAfter(long bytes) {
		return new Fault("eio:" + bytes, "write fails with EIO after " + bytes + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The disk is full (ENOSPC) after {@code bytes} bytes went into the file. */
	public static Fault diskFullAfter(long bytes) {
		return new Fault("enospc:" + bytes, "disk full after " + bytes + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** fsync/fdatasync of the file fails (EIO): the data may not be on the disk. */
	public static Fault syncFails() {
		return new Fault("fsync", "fsync fails with EIO"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The process is killed (SIGKILL) when it renames the file: written and synced, never renamed. */
	public static Fault killedAtRename() {
		return new Fault("kill-rename", "killed with SIGKILL between write and rename"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Every step of a write of about {@code size} bytes: the stream failing at the first byte, in the middle and just
	 * before the end, the disk full in the middle, the sync failing, the kill before the rename.
	 */
	public static List<Fault> everyStep(long size) {
		long middle = Math.max(1, size / 2);
		long nearEnd = Math.max(1, size - Math.min(512, size / 10 + 1));
		return List.of(streamFailsAfter(0), streamFailsAfter(middle), streamFailsAfter(nearEnd), diskFullAfter(middle), syncFails(),
				killedAtRename());
	}

	public boolean kills() {
		return spec.equals("kill-rename"); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return label;
	}
}
