package dev.ilrsh.shell;

import java.io.PrintWriter;
import org.springframework.stereotype.Component;

/**
 * Where the running command's results (out) and messages (err) go. The dispatcher points these at the streams of
 * the command being run, so commands never write to System.out directly.
 */
@Component
public class Console {

	private PrintWriter out = new PrintWriter(System.out, true);
	private PrintWriter err = new PrintWriter(System.err, true);

	public PrintWriter out() {
		return out;
	}

	public PrintWriter err() {
		return err;
	}

	/** A message for people, on stderr. */
	public void message(String text) {
		err.println(text);
		err.flush();
	}

	void use(PrintWriter newOut, PrintWriter newErr) {
		this.out = newOut;
		this.err = newErr;
	}
}
