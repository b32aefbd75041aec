package io.sekisho.workbook.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Password protection of a whole .xlsx file: ECMA-376 agile encryption with AES-256 (CBC) and SHA-512 set
 * explicitly, not POI's default (AES-128 with SHA-1). Excel and LibreOffice open such files after asking for the
 * password.
 */
public final class WorkbookEncryption {

	/** Writes the plain .xlsx bytes into the stream it is given. */
	@FunctionalInterface
	public interface PlainContent {
		void writeTo(OutputStream out) throws IOException;
	}

	static final int KEY_BITS = 256;
	static final int BLOCK_SIZE = 16;

	private WorkbookEncryption() {
	}

	/** The encryption parameters Sekisho uses. */
	public static EncryptionInfo agileAes256Sha512() {
		return new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512, KEY_BITS, BLOCK_SIZE,
				ChainingMode.cbc);
	}

	/**
	 * Encrypts the workbook that {@code content} writes into {@code out} (an OLE2 container holding the
	 * encrypted package). The plain bytes are encrypted chunk by chunk and never written to disk unencrypted.
	 *
	 * @param password not empty; POI needs it as a String, so the caller should clear its own copy afterwards
	 */
	public static void encrypt(PlainContent content, char[] password, OutputStream out) throws IOException {
		if (password == null || password.length == 0) {
			throw new IllegalArgumentException("empty password"); //$NON-NLS-1$
		}
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			Encryptor encryptor = agileAes256Sha512().getEncryptor();
			encryptor.confirmPassword(new String(password));
			try (OutputStream encrypted = encryptor.getDataStream(container)) {
				content.writeTo(encrypted);
			}
			container.writeFilesystem(out);
		} catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
	}
}
