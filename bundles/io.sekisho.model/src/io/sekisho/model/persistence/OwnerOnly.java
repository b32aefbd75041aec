package io.sekisho.model.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files and folders only their owner can read: POSIX mode 600 (700 for folders), or on Windows an ACL that grants
 * the current user alone. Created with these permissions from the first moment, never narrowed afterwards.
 */
public final class OwnerOnly {

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$
	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

	private OwnerOnly() {
	}

	/** Creates a new, empty file readable by its owner only; fails when it exists. */
	public static Path createFile(Path path) throws IOException {
		if (posix()) {
			return Files.createFile(path, PosixFilePermissions.asFileAttribute(FILE));
		}
		Files.createFile(path);
		restrictAcl(path);
		return path;
	}

	/** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
	public static Path createDirectories(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return dir;
		}
		if (posix()) {
			Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
		} else {
			Files.createDirectories(dir);
			restrictAcl(dir);
		}
		return dir;
	}

	/** Makes an existing file owner-only (used when a secret file must never keep wider permissions). */
	public static void restrict(Path path) throws IOException {
		if (posix()) {
			Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
		} else {
			restrictAcl(path);
		}
	}

	/** @return true when only the owner (on Windows: the current user, not a group) may read the file */
	public static boolean isOwnerOnly(Path path) throws IOException {
		if (posix()) {
			return Files.getPosixFilePermissions(path).stream().allMatch(p -> p.name().startsWith("OWNER")); //$NON-NLS-1$
		}
		AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
		if (view == null) {
			return true; // no permission model to check (e.g. FAT on a USB stick)
		}
		UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name")); //$NON-NLS-1$
		return isOwnerOnly(view.getOwner(), view.getAcl(), me);
	}

	/**
	 * The Windows rule, separate so it can be tested anywhere: the owner is the current user (a file owned by the
	 * Administrators group is readable by every administrator) and every ALLOW entry names that user.
	 */
	static boolean isOwnerOnly(UserPrincipal owner, List<AclEntry> acl, UserPrincipal currentUser) {
		if (owner == null || owner instanceof GroupPrincipal || !owner.equals(currentUser)) {
			return false;
		}
		return acl.stream().filter(e -> e.type() == AclEntryType.ALLOW).allMatch(e -> e.principal().equals(currentUser));
	}

	static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
	}

	private static void restrictAcl(Path path) throws IOException {
		AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
		if (view == null) {
			return;
		}
		UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name")); //$NON-NLS-1$
		view.setOwner(me);
		AclEntry ownerOnly = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(me)
				.setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
		view.setAcl(List.of(ownerOnly)); // no inherited entries: the folder's ACL no longer applies
	}
}
