package io.sekisho.netmap.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG writer for the map pictures: 8-bit RGB, no row filters, fastest deflate. ImageIO's writer tries every
 * row filter and spends seconds on a map of 2,000 devices (mostly flat colour, which deflate alone packs well);
 * this one writes the same picture in a fraction of that. Only for TYPE_INT_RGB images.
 */
final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final int CHUNK = 1 << 18;

	private PngEncoder() {
	}

	static void write(BufferedImage image, OutputStream out) throws IOException {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("TYPE_INT_RGB only"); //$NON-NLS-1$
		}
		int width = image.getWidth();
		int height = image.getHeight();
		DataOutputStream data = new DataOutputStream(out);
		data.write(SIGNATURE);
		ByteArrayOutputStream header = new ByteArrayOutputStream(13);
		DataOutputStream h = new DataOutputStream(header);
		h.writeInt(width);
		h.writeInt(height);
		h.writeByte(8); // bit depth
		h.writeByte(2); // colour type RGB
		h.writeByte(0); // deflate
		h.writeByte(0); // filter method
		h.writeByte(0); // no interlace
		chunk(data, "IHDR", header.toByteArray(), header.size()); //$NON-NLS-1$

		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		IdatStream idat = new IdatStream(data);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
			byte[] row = new byte[1 + width * 3];
			for (int y = 0; y < height; y++) {
				int p = y * width;
				int i = 1; // row[0] = 0: filter "none"
				for (int x = 0; x < width; x++) {
					int rgb = pixels[p + x];
					row[i++] = (byte) (rgb >> 16);
					row[i++] = (byte) (rgb >> 8);
					row[i++] = (byte) rgb;
				}
				deflate.write(row);
			}
		} finally {
			deflater.end();
		}
		chunk(data, "IEND", new byte[0], 0); //$NON-NLS-1$
		data.flush();
	}

	private static void chunk(DataOutputStream out, String type, byte[] bytes, int length) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(bytes, 0, length);
		out.writeInt(length);
		out.write(name);
		out.write(bytes, 0, length);
		out.writeInt((int) crc.getValue());
	}

	/** Collects the deflated stream into IDAT chunks; closing writes the last one but not the underlying stream. */
	private static final class IdatStream extends OutputStream {
		private final DataOutputStream out;
		private final byte[] buffer = new byte[CHUNK];
		private int size;

		IdatStream(DataOutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			if (size == buffer.length) {
				flushChunk();
			}
			buffer[size++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			while (len > 0) {
				if (size == buffer.length) {
					flushChunk();
				}
				int n = Math.min(len, buffer.length - size);
				System.arraycopy(b, off, buffer, size, n);
				size += n;
				off += n;
				len -= n;
			}
		}

		private void flushChunk() throws IOException {
			if (size > 0) {
				chunk(out, "IDAT", buffer, size); //$NON-NLS-1$
				size = 0;
			}
		}

		@Override
		public void close() throws IOException {
			flushChunk();
		}
	}
}
