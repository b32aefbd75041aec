package io.sekisho.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The lock file beside a facility file that is open for editing, as office applications keep one: who holds it,
 * on which machine, in which process, since when. It lives as {@code .NAME.lock} in the same folder (also on shared
 * folders), never inside the facility file, so it does not travel into an export or a copy. A lock whose process
 * is gone on this machine is stale and taken over.
 */
public final class FacilityLock implements AutoCloseable {

	/** Who holds a lock. */
	public record Holder(String user, String host, long pid, Instant since) {

		/** @return true when this process holds the lock */
		public boolean isThisProcess() {
			return pid == ProcessHandle.current().pid() && host.equals(thisMachine());
		}

		/** @return true when the holder may still be running: another machine, or a live process on this one */
		public boolean alive() {
			return !host.equals(thisMachine()) || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		}

		/** @return the time the lock was taken, in the local time zone, for messages */
		public String sinceText() {
			return DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(since); //$NON-NLS-1$
		}
	}

	private static final String USER = "user"; //$NON-NLS-1$
	private static final String HOST = "host"; //$NON-NLS-1$
	private static final String PID = "pid"; //$NON-NLS-1$
	private static final String SINCE = "since"; //$NON-NLS-1$

	private final Path lockFile;
	private final Holder holder;
	private boolean released;

	private FacilityLock(Path lockFile, Holder holder) {
		this.lockFile = lockFile;
		this.holder = holder;
	}

	/** @return the lock file of {@code facilityFile} */
	public static Path lockFileOf(Path facilityFile) {
		Path absolute = facilityFile.toAbsolutePath();
		return absolute.resolveSibling("." + absolute.getFileName() + ".lock"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the holder of a live lock on {@code facilityFile} other than this process, if there is one */
	public static Optional<Holder> heldElsewhere(Path facilityFile) throws IOException {
		return read(lockFileOf(facilityFile)).filter(h -> !h.isThisProcess() && h.alive());
	}

	/** @throws FileLockedException when another live program holds the lock of {@code facilityFile} */
	public static void checkWritable(Path facilityFile) throws IOException {
		Optional<Holder> other = heldElsewhere(facilityFile);
		if (other.isPresent()) {
			throw new FileLockedException(facilityFile.toString(), other.get());
		}
	}

	/**
	 * Takes the lock of {@code facilityFile} for this process, taking over a stale one.
	 *
	 * @throws FileLockedException when another live program holds it
	 */
	public static FacilityLock acquire(Path facilityFile) throws IOException {
		Path lockFile = lockFileOf(facilityFile);
		Holder me = new Holder(System.getProperty("user.name", "?"), thisMachine(), ProcessHandle.current().pid(), Instant.now()); //$NON-NLS-1$ //$NON-NLS-2$
		for (int attempt = 0; attempt < 3; attempt++) {
			try (OutputStream out = Files.newOutputStream(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				out.write(format(me));
				return new FacilityLock(lockFile, me);
			} catch (FileAlreadyExistsException e) {
				Optional<Holder> current = read(lockFile);
				if (current.isPresent() && current.get().isThisProcess()) {
					return new FacilityLock(lockFile, current.get()); // re-entrant within one process
				}
				if (current.isPresent() && current.get().alive()) {
					throw new FileLockedException(facilityFile.toString(), current.get());
				}
				Files.deleteIfExists(lockFile); // stale (its process is gone) or unreadable: take it over
			}
		}
		throw new FileLockedException(facilityFile.toString(), read(lockFile).orElse(me));
	}

	public Holder holder() {
		return holder;
	}

	/** Removes the lock file if it is still this process's. */
	@Override
	public synchronized void close() throws IOException {
		if (released) {
			return;
		}
		released = true;
		Optional<Holder> current = read(lockFile);
		if (current.isPresent() && current.get().isThisProcess()) {
			Files.deleteIfExists(lockFile);
		}
	}

	private static byte[] format(Holder h) {
		return (USER + '=' + clean(h.user()) + '\n' + HOST + '=' + clean(h.host()) + '\n' + PID + '=' + h.pid() + '\n' + SINCE + '='
				+ h.since() + '\n').getBytes(StandardCharsets.UTF_8);
	}

	private static String clean(String s) {
		return s.replaceAll("[\\p{Cntrl}]", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the holder named in the lock file, empty when there is none or it cannot be read (treated as stale) */
	static Optional<Holder> read(Path lockFile) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(lockFile)) {
			p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Holder(p.getProperty(USER, "?"), p.getProperty(HOST, ""), Long.parseLong(p.getProperty(PID, "-1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Instant.parse(p.getProperty(SINCE, "")))); //$NON-NLS-1$
		} catch (NumberFormatException | DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** @return the name of this machine as lock files record it */
	public static String thisMachine() {
		return LocalHost.NAME;
	}

	/** Looked up once: the lookup can take a while on a machine without DNS. */
	private static final class LocalHost {
		static final String NAME = lookUp();

		private static String lookUp() {
			try {
				return InetAddress.getLocalHost().getHostName();
			} catch (UnknownHostException e) {
				String env = System.getenv("COMPUTERNAME"); //$NON-NLS-1$
				return env != null ? env : "localhost"; //$NON-NLS-1$
			}
		}
	}
}
