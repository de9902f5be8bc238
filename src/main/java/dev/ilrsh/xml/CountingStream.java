package dev.ilrsh.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes the parser has taken, for progress; for the fast parser, also checks that they are well-formed
 * UTF-8 ({@link Utf8Check}), and makes the read doubtful when they are not.
 */
final class CountingStream extends FilterInputStream {

	long count;
	private final Utf8Check utf8;
	private final byte[] one = new byte[1];

	CountingStream(InputStream in) {
		this(in, null);
	}

	/** @param utf8 the check the bytes must pass, or null for none */
	CountingStream(InputStream in, Utf8Check utf8) {
		super(in);
		this.utf8 = utf8;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count++;
			one[0] = (byte) b;
			checked(one, 0, 1);
		}
		else {
			checkedEnd();
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count += n;
			checked(buffer, offset, n);
		}
		else if (n < 0) {
			checkedEnd();
		}
		return n;
	}

	private void checked(byte[] bytes, int offset, int length) {
		if (utf8 != null && !utf8.accept(bytes, offset, length)) {
			throw new Doubtful();
		}
	}

	private void checkedEnd() {
		if (utf8 != null && !utf8.complete()) {
			throw new Doubtful();
		}
	}
}
