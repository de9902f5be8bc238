package dev.ilrsh.shell;

import dev.ilrsh.cancel.Cancellation;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output, remembering why writing to it failed: a reader that went away (a closed pipe, as
 * with {@code | head}) ends the work quietly; any other failure (a full disk) is reported, so that results that could
 * not be written are never lost in silence.
 */
final class StandardOutput extends OutputStream {

	private final OutputStream out;
	private volatile boolean readerGone;
	private volatile IOException failure;

	StandardOutput() {
		this(new FileOutputStream(FileDescriptor.out));
	}

	StandardOutput(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(int b) throws IOException {
		check();
		try {
			out.write(b);
		}
		catch (IOException e) {
			throw failed(e);
		}
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		check();
		try {
			out.write(bytes, offset, length);
		}
		catch (IOException e) {
			throw failed(e);
		}
	}

	@Override
	public void flush() throws IOException {
		check();
		try {
			out.flush();
		}
		catch (IOException e) {
			throw failed(e);
		}
	}

	/** True when whatever read the output has gone. */
	boolean readerGone() {
		return readerGone;
	}

	/** Why results could not be written, or null. */
	IOException failure() {
		return failure;
	}

	private void check() throws IOException {
		if (readerGone) {
			throw new IOException("the reader of standard output has gone");
		}
		if (failure != null) {
			throw failure;
		}
	}

	private IOException failed(IOException e) {
		String message = String.valueOf(e.getMessage());
		if (message.contains("Broken pipe") || message.contains("Stream closed") || message.contains("pipe is being closed")) {
			readerGone = true;
			Cancellation.request(Cancellation.Reason.OUTPUT_CLOSED);
		}
		else if (failure == null) {
			failure = e;
		}
		return e;
	}
}
