package io.sekisho.password.vault;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/** Writes files only their owner can read: POSIX mode 600, or on Windows an ACL granting the owner alone. */
public final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	/** Replaces {@code target} atomically with {@code content}; the temporary file is owner-only from its creation. */
	public static void write(Path target, byte[] content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		createDirectories(dir);
		Path tmp = createFile(dir.resolve(target.getFileName() + ".tmp")); //$NON-NLS-1$
		try {
			Files.write(tmp, content);
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	public static void createDirectories(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return;
		}
		if (posix()) {
			Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))); //$NON-NLS-1$
		} else {
			Files.createDirectories(dir);
			restrictAcl(dir);
		}
	}

	private static Path createFile(Path path) throws IOException {
		Files.deleteIfExists(path);
		if (posix()) {
			return Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
		}
		Files.createFile(path);
		restrictAcl(path);
		return path;
	}

	/** true when the file is readable by its owner only (used to refuse a key file others can read) */
	public static boolean isOwnerOnly(Path path) throws IOException {
		if (posix()) {
			return Files.getPosixFilePermissions(path).stream().allMatch(p -> p.name().startsWith("OWNER")); //$NON-NLS-1$
		}
		AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
		if (view == null) {
			return true; // no permission model to check
		}
		UserPrincipal owner = view.getOwner();
		return view.getAcl().stream().filter(e -> e.type() == AclEntryType.ALLOW).allMatch(e -> e.principal().equals(owner));
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
	}

	private static void restrictAcl(Path path) throws IOException {
		AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
		if (view == null) {
			return;
		}
		UserPrincipal owner = view.getOwner();
		AclEntry ownerOnly = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
				.setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
		view.setAcl(List.of(ownerOnly));
	}
}
